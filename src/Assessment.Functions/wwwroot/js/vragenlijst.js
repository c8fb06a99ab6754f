// The questionnaire: built from the published JSON Schema (titles, descriptions, types, allowed values,
// limits) and vragenlijst.json (grouping, why each question matters with its source, words for the codes).
// Every answer may be "Weet ik niet": that leaves the field out of the Voorstel, which the engine reads as
// unknown — never as "no".

import { el } from "./dom.js";
import { schemaVan } from "./schema.js";

const WEET_IK_NIET = "Weet ik niet";

/** The path of a field as an array: ["gemeenten", 0, "urgentie"]. */
export function pad(veld, index) {
  return veld.split(".").flatMap((deel) => (deel.endsWith("[]") ? [deel.slice(0, -2), index] : [deel]));
}

export function lees(object, p) {
  return p.reduce((o, stap) => (o === undefined || o === null ? undefined : o[stap]), object);
}

/** Sets a value at a path, creating objects on the way; undefined removes the field (unknown). */
export function zet(object, p, waarde) {
  let o = object;
  for (const stap of p.slice(0, -1)) {
    if (o[stap] === undefined || o[stap] === null) o[stap] = {};
    o = o[stap];
  }
  const laatste = p[p.length - 1];
  if (waarde === undefined) delete o[laatste];
  else o[laatste] = waarde;
}

const pointer = (p) => `#/${p.join("/")}`;
const idVan = (p) => `v-${p.join("-")}`;

function typen(s) {
  return Array.isArray(s.type) ? s.type : [s.type];
}

/** Reads a number the way people in the Netherlands type it: "25.000" and "2,5" as well as "2.5". */
export function leesGetal(tekst) {
  const t = tekst.trim().replace(/\s/g, "");
  if (t === "") return undefined;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) return Number(t.replaceAll(".", "").replace(",", "."));
  if (/^-?\d+(,\d+)?$/.test(t)) return Number(t.replace(",", "."));
  if (/^-?\d*\.\d+$/.test(t)) return Number(t);
  return t; // not a number: kept as typed, so the schema check can say what is wrong with it
}

export class Vragenlijst {
  constructor({ schema, vragenlijst, keuzes, houder, opWijziging, melding }) {
    this.schema = schema;
    this.teksten = vragenlijst;
    this.woorden = keuzes; // the rule set's words for the codes (GET /api/v1/afwegingskader), as in the report
    this.houder = houder;
    this.opWijziging = opWijziging;
    this.melding = melding;
    this.velden = new Map(); // pointer → { vraag, fout, bedieningen, focus }
  }

  keuzes(veld) {
    return this.woorden?.[veld] ?? {};
  }

  render(voorstel) {
    this.voorstel = voorstel;
    this.velden.clear();
    if (!Array.isArray(voorstel.gemeenten)) voorstel.gemeenten = [];
    const inhoud = this.teksten.groepen.map((groep) => this.groep(groep));
    this.houder.replaceChildren(...inhoud);
  }

  groep(groep) {
    const kopId = `groep-${groep.id}`;
    const sectie = el("section", { class: "groep", id: `stap-${groep.id}`, "aria-labelledby": kopId },
      el("h2", { id: kopId }, groep.titel),
      groep.inleiding ? el("p", { class: "inleiding" }, groep.inleiding) : null);

    for (const onderdeel of groep.onderdelen) {
      const algemeen = onderdeel.vragen.filter((v) => !v.veld.includes("[]"));
      const perGemeente = onderdeel.vragen.filter((v) => v.veld.includes("[]"));
      const blok = el("div", { class: "onderdeel" },
        onderdeel.titel ? el("h3", {}, onderdeel.titel) : null,
        algemeen.map((v) => this.vraag(v, pad(v.veld))));

      if (groep.id === "gemeenten") {
        blok.append(this.gemeentenBlok(perGemeente));
      } else if (perGemeente.length > 0) {
        this.voorstel.gemeenten.forEach((_, i) => {
          blok.append(el("fieldset", { class: "per-gemeente" },
            el("legend", { "data-gemeente-naam": i }, this.naamVanGemeente(i)),
            perGemeente.map((v) => this.vraag(v, pad(v.veld, i)))));
        });
      }
      sectie.append(blok);
    }
    return sectie;
  }

  naamVanGemeente(i) {
    const naam = this.voorstel.gemeenten[i]?.naam;
    return naam && typeof naam === "string" && naam.trim() ? naam : `Gemeente ${i + 1}`;
  }

  gemeentenBlok(vragen) {
    const lijst = this.schema.properties.gemeenten;
    const minimum = lijst.minItems ?? 1;
    const maximum = lijst.maxItems ?? 50;
    const fout = el("p", { class: "foutmelding", id: "fout-gemeenten", hidden: true });
    const houder = el("div", { class: "gemeenten", id: idVan(["gemeenten"]), tabindex: "-1" }, fout);
    this.registreer(["gemeenten"], houder, fout, [], houder);

    this.voorstel.gemeenten.forEach((_, i) => {
      const kopId = `kop-gemeente-${i}`;
      const kaart = el("fieldset", { class: "gemeente", id: `gemeente-${i}` },
        el("legend", { id: kopId, "data-gemeente-naam": i }, this.naamVanGemeente(i)),
        vragen.map((v) => this.vraag(v, pad(v.veld, i))));
      if (this.voorstel.gemeenten.length > minimum) {
        kaart.append(el("button", {
          type: "button",
          class: "knop knop-secundair",
          "aria-describedby": kopId,
          onclick: () => this.verwijderGemeente(i),
        }, "Verwijder deze gemeente"));
      }
      houder.append(kaart);
    });

    if (this.voorstel.gemeenten.length < maximum) {
      houder.append(el("button", { type: "button", class: "knop knop-secundair", id: "gemeente-toevoegen", onclick: () => this.voegGemeenteToe() },
        "Gemeente toevoegen"));
    }
    return houder;
  }

  voegGemeenteToe() {
    this.voorstel.gemeenten.push({});
    this.opWijziging(true);
    this.render(this.voorstel);
    const nieuw = this.voorstel.gemeenten.length - 1;
    document.getElementById(idVan(["gemeenten", nieuw, "naam"]))?.focus();
    this.melding(`Gemeente ${nieuw + 1} toegevoegd.`);
  }

  verwijderGemeente(i) {
    const naam = this.naamVanGemeente(i);
    this.voorstel.gemeenten.splice(i, 1);
    this.opWijziging(true);
    this.render(this.voorstel);
    document.getElementById("gemeente-toevoegen")?.focus();
    this.melding(`${naam} verwijderd.`);
  }

  registreer(p, vraag, fout, bedieningen, focus) {
    this.velden.set(pointer(p), { vraag, fout, bedieningen, focus });
  }

  /** One question: title, the schema's explanation, why it matters (with sources), its error and the control. */
  vraag(tekst, p) {
    const s = schemaVan(this.schema, tekst.veld);
    if (!s) throw new Error(`Het veld ${tekst.veld} staat niet in het schema.`);
    const id = idVan(p);
    const uitlegId = `${id}-uitleg`;
    const foutId = `${id}-fout`;
    const waaromId = `${id}-waarom`;
    const beschrijving = [s.description ? uitlegId : null, foutId].filter(Boolean).join(" ");
    const verplicht = this.isVerplicht(tekst.veld);
    const titel = [s.title ?? tekst.veld, verplicht ? el("span", { class: "verplicht" }, " (verplicht)") : null];

    const uitleg = s.description ? el("p", { class: "uitleg", id: uitlegId }, s.description) : null;
    const waarom = tekst.waarom
      ? el("details", { class: "waarom", id: waaromId },
        el("summary", {}, "Waarom deze vraag?"),
        el("p", {}, tekst.waarom),
        tekst.bronnen?.length ? el("p", { class: "bron" }, `Bron: ${tekst.bronnen.map((b) => this.bron(b)).join("; ")}`) : null)
      : null;
    const fout = el("p", { class: "foutmelding", id: foutId, hidden: true });

    const t = typen(s);
    const waarde = lees(this.voorstel, p);
    let vraag;
    let bedieningen;
    if (t.includes("boolean")) {
      ({ vraag, bedieningen } = this.keuzeGroep(p, id, titel, [[true, "Ja"], [false, "Nee"]], waarde, !verplicht, beschrijving, [uitleg, waarom, fout]));
    } else if (t.includes("array")) {
      ({ vraag, bedieningen } = this.meerkeuze(p, id, titel, s, tekst.veld, waarde, beschrijving, [uitleg, waarom, fout]));
    } else if (s.enum) {
      const labels = this.keuzes(tekst.veld);
      const opties = s.enum.filter((e) => e !== null).map((e) => [e, labels[e] ?? e.replaceAll("_", " ")]);
      ({ vraag, bedieningen } = opties.length <= 5
        ? this.keuzeGroep(p, id, titel, opties, waarde, !verplicht, beschrijving, [uitleg, waarom, fout])
        : this.keuzelijst(p, id, titel, opties, waarde, !verplicht, beschrijving, [uitleg, waarom, fout]));
    } else if (t.includes("integer") && s.minimum !== undefined && s.maximum !== undefined && s.maximum - s.minimum <= 6) {
      const opties = [];
      for (let n = s.minimum; n <= s.maximum; n++) opties.push([n, String(n)]);
      ({ vraag, bedieningen } = this.keuzeGroep(p, id, titel, opties, waarde, !verplicht, beschrijving, [uitleg, waarom, fout], "schaal"));
    } else {
      const hint = verplicht ? null : el("p", { class: "hint", id: `${id}-hint` }, "Laat leeg als u het niet weet.");
      const metHint = hint ? `${beschrijving} ${id}-hint` : beschrijving;
      ({ vraag, bedieningen } = this.invoerveld(p, id, titel, s, waarde, metHint, [uitleg, waarom, hint, fout], tekst.suggesties));
    }
    vraag.classList.add("vraag");
    vraag.dataset.veld = tekst.veld;
    this.registreer(p, vraag, fout, bedieningen, bedieningen[0]);
    return vraag;
  }

  isVerplicht(veld) {
    const delen = veld.split(".");
    const naam = delen.pop().replace("[]", "");
    const ouder = delen.length === 0 ? this.schema : schemaVan(this.schema, delen.join("."));
    return (ouder?.required ?? []).includes(naam) && (delen.length === 0 || (this.schema.required ?? []).includes(delen[0].replace("[]", "")));
  }

  /** A source in short: "002, hoofdstuk 11.3, r. 9518-9528"; the list of documents is at the foot of the page. */
  bron(b) {
    const plaats = b.plaats.replace(/\bL(\d)/g, "r. $1");
    return `${b.document.slice(0, 3)}, ${plaats}`;
  }

  wijzig(p, waarde) {
    zet(this.voorstel, p, waarde);
    this.wisFout(pointer(p));
    this.opWijziging(false);
    if (p.length === 3 && p[0] === "gemeenten" && p[2] === "naam") {
      // The municipality's name heads its questions everywhere in the form.
      document.querySelectorAll(`[data-gemeente-naam="${p[1]}"]`).forEach((k) => { k.textContent = this.naamVanGemeente(p[1]); });
    }
  }

  keuzeGroep(p, id, titel, opties, waarde, weetIkNiet, beschrijving, extra, soort = "keuze") {
    const bedieningen = [];
    const optie = (w, label, index) => {
      const optieId = `${id}-${index}`;
      const invoer = el("input", {
        type: "radio",
        name: id,
        id: optieId,
        value: String(w),
        checked: w === waarde || (w === null && (waarde === undefined || waarde === null)),
        onchange: () => this.wijzig(p, w === null ? undefined : w),
      });
      bedieningen.push(invoer);
      return el("div", { class: "optie" }, invoer, el("label", { for: optieId }, label));
    };
    const lijst = opties.map(([w, label], i) => optie(w, label, i));
    if (weetIkNiet) lijst.push(optie(null, WEET_IK_NIET, opties.length));
    const vraag = el("fieldset", { id, "aria-describedby": beschrijving, tabindex: "-1" },
      el("legend", {}, titel), ...extra, el("div", { class: `opties opties-${soort}` }, lijst));
    return { vraag, bedieningen };
  }

  keuzelijst(p, id, titel, opties, waarde, weetIkNiet, beschrijving, extra) {
    const select = el("select", {
      id,
      name: id,
      "aria-describedby": beschrijving,
      onchange: (e) => this.wijzig(p, e.target.value === "" ? undefined : e.target.value),
    },
    el("option", { value: "", selected: waarde === undefined || waarde === null }, weetIkNiet ? WEET_IK_NIET : "Kies…"),
    opties.map(([w, label]) => el("option", { value: w, selected: w === waarde }, label)));
    const vraag = el("div", {}, el("label", { for: id, class: "vraagtitel" }, titel), ...extra, select);
    return { vraag, bedieningen: [select] };
  }

  meerkeuze(p, id, titel, s, veld, waarde, beschrijving, extra) {
    const labels = this.keuzes(veld);
    const bekend = Array.isArray(waarde);
    const bedieningen = [];
    const vakjes = s.items.enum.filter((e) => e !== null).map((w, i) => {
      const optieId = `${id}-${i}`;
      const vakje = el("input", {
        type: "checkbox",
        id: optieId,
        value: w,
        checked: bekend && waarde.includes(w),
        onchange: () => {
          const gekozen = bedieningen.filter((b) => b !== onbekend && b.checked).map((b) => b.value);
          onbekend.checked = false;
          this.wijzig(p, gekozen);
        },
      });
      bedieningen.push(vakje);
      return el("div", { class: "optie" }, vakje, el("label", { for: optieId }, labels[w] ?? w.replaceAll("_", " ")));
    });
    const onbekendId = `${id}-onbekend`;
    const onbekend = el("input", {
      type: "checkbox",
      id: onbekendId,
      checked: !bekend,
      onchange: () => {
        if (onbekend.checked) {
          bedieningen.forEach((b) => { if (b !== onbekend) b.checked = false; });
          this.wijzig(p, undefined);
        } else {
          this.wijzig(p, []);
        }
      },
    });
    bedieningen.push(onbekend);
    const vraag = el("fieldset", { id, "aria-describedby": beschrijving, tabindex: "-1" },
      el("legend", {}, titel), ...extra,
      el("p", { class: "hint" }, "Kies alles wat van toepassing is. Geen vakje aangevinkt betekent: geen."),
      el("div", { class: "opties" }, vakjes, el("div", { class: "optie optie-onbekend" }, onbekend, el("label", { for: onbekendId }, WEET_IK_NIET))));
    return { vraag, bedieningen };
  }

  /**
   * A text or number field. suggesties: a field of every municipality ("gemeenten[].naam") whose answers are
   * offered while typing — the host must be one of the partners, and one region must be written alike.
   */
  invoerveld(p, id, titel, s, waarde, beschrijving, extra, suggesties) {
    const t = typen(s);
    const getal = t.includes("integer") || t.includes("number");
    const datum = s.format === "date";
    let tekst = "";
    if (typeof waarde === "number") tekst = String(waarde).replace(".", ","); // exact, as the user may type it back
    else if (typeof waarde === "string") tekst = waarde;
    const invoer = el("input", {
      type: datum ? "date" : "text",
      id,
      name: id,
      value: tekst,
      inputmode: getal ? (t.includes("integer") ? "numeric" : "decimal") : null,
      maxlength: !getal && s.maxLength ? String(s.maxLength) : null,
      autocomplete: "off",
      spellcheck: getal ? "false" : null,
      "aria-describedby": beschrijving,
      class: getal ? "invoer-getal" : datum ? "invoer-datum" : "invoer-tekst",
      oninput: (e) => {
        const v = e.target.value;
        this.wijzig(p, getal ? leesGetal(v) : v === "" ? undefined : v);
      },
    });
    let lijst = null;
    if (suggesties) {
      lijst = el("datalist", { id: `${id}-suggesties` });
      invoer.setAttribute("list", lijst.id);
      invoer.addEventListener("focus", () => {
        const veld = suggesties.replace("gemeenten[].", "");
        const waarden = new Set((this.voorstel.gemeenten ?? []).map((g) => g?.[veld]).filter((w) => typeof w === "string" && w.trim()));
        lijst.replaceChildren(...[...waarden].map((w) => el("option", { value: w })));
      });
    }
    const vraag = el("div", {}, el("label", { for: id, class: "vraagtitel" }, titel), ...extra, invoer, lijst);
    return { vraag, bedieningen: [invoer] };
  }

  /** Clears every error shown. */
  wisFouten() {
    for (const p of this.velden.keys()) this.wisFout(p);
  }

  wisFout(p) {
    const veld = this.velden.get(p);
    if (!veld) return;
    veld.fout.hidden = true;
    veld.fout.replaceChildren();
    veld.vraag.classList.remove("heeft-fout");
    veld.bedieningen.forEach((b) => b.removeAttribute("aria-invalid"));
  }

  /**
   * Shows errors (from the page's schema check or the API's problem document) next to the fields they name.
   * Returns, per error, the id of the control to focus (or null when no field on the page matches).
   */
  toonFouten(fouten) {
    this.wisFouten();
    return fouten.map((f) => {
      const veld = this.zoekVeld(f.location ?? "");
      if (!veld) return { ...f, doel: null };
      veld.fout.hidden = false;
      veld.fout.append(el("span", { class: "visueel-verborgen" }, "Fout: "), f.detail, el("br"));
      veld.vraag.classList.add("heeft-fout");
      veld.bedieningen.forEach((b) => b.setAttribute("aria-invalid", "true"));
      return { ...f, doel: veld.focus.id };
    });
  }

  zoekVeld(locatie) {
    let p = locatie.startsWith("#") ? locatie : `#${locatie}`;
    while (p.length > 1) {
      if (this.velden.has(p)) return this.velden.get(p);
      p = p.slice(0, p.lastIndexOf("/"));
    }
    return null;
  }

  /**
   * The control for a JSON path of the engine ("$.gemeenten[1].urgentie"; "$.gemeenten[].inwoners" for every
   * municipality gives the first): the chosen option of a group, else its first control; null when the
   * questionnaire has no question there.
   */
  bedieningVoorPad(jsonPad) {
    const pad = String(jsonPad ?? "").replace(/^\$\.?/, "");
    if (pad.includes("[]")) return this.eersteVoor(pad);
    const veld = this.velden.get(pointer(pad.replace(/\[(\d+)\]/g, ".$1").split(".")));
    if (!veld) return null;
    return veld.bedieningen.find((b) => b.checked && b.type === "radio") ?? veld.focus;
  }

  /** The question that reads a field of the rules' notation ("gemeenten[].urgentie"): the first control for it. */
  eersteVoor(veld) {
    for (const [, v] of this.velden) {
      if (v.vraag.dataset.veld === veld) return v.focus;
    }
    return null;
  }
}
