// One question of the questionnaire, built from the published JSON Schema (title, description, type, allowed
// values, limits) and vragenlijst.json (why it matters, with its sources), as NL Design System form components.
// Nothing is selected until the user chooses; "Weet ik niet" is a choice of its own (null), so a skipped
// question (no answer) and an unknown answer stay apart.

import { el } from "./dom.js";
import { schemaVan } from "./schema.js";
import { idVan, isVerplicht, keuzesVoor, lees, leesGetal } from "./model.js";

export const WEET_IK_NIET = "Weet ik niet";

function typen(s) {
  return Array.isArray(s.type) ? s.type : [s.type];
}

const beschrijving = (...ids) => ids.filter(Boolean).join(" ") || null;

/**
 * ctx: { schema, woorden (the rule set's words for codes), voorstel, sleutel (Set of key fields), bronnen(lijst),
 * wijzig(p, waarde) }. Returns { element, bedieningen, fout, focus }.
 */
export function maakVraag(ctx, tekst, p, gemeenteNaam = null) {
  const veld = tekst.veld;
  const s = schemaVan(ctx.schema, veld);
  if (!s) throw new Error(`Het veld ${veld} staat niet in het schema.`);
  const id = idVan(p);
  const verplicht = isVerplicht(ctx.schema, veld);
  const sleutel = ctx.sleutel.has(veld);
  const titel = [
    s.title ?? veld,
    gemeenteNaam ? el("span", { class: "vraag-gemeente" }, ` (${gemeenteNaam})`) : null,
    verplicht ? el("span", { class: "vraag-verplicht" }, " (verplicht)") : null,
  ];
  const kenmerk = sleutel
    ? el("p", { class: "vraag-kenmerk", id: `${id}-sleutel` },
      el("span", { class: "utrecht-status-badge utrecht-status-badge--warning" }, "Sleutelvraag"),
      " Zonder antwoord op deze vraag kan het kader vaak geen oordeel geven.")
    : null;
  const uitleg = s.description ? el("p", { class: "utrecht-form-field-description", id: `${id}-uitleg` }, s.description) : null;
  const waarom = tekst.waarom
    ? el("details", { class: "waarom" },
      el("summary", {}, "Waarom deze vraag?"),
      el("p", { class: "utrecht-paragraph" }, tekst.waarom),
      ctx.bronnen(tekst.bronnen))
    : null;
  const fout = el("p", { class: "utrecht-form-field-error-message", id: `${id}-fout`, hidden: true });
  const omschreven = beschrijving(sleutel ? `${id}-sleutel` : null, uitleg ? `${id}-uitleg` : null, `${id}-fout`);
  const extra = [kenmerk, uitleg, waarom, fout];

  const t = typen(s);
  const waarde = lees(ctx.voorstel, p);
  const wijzig = (w) => ctx.wijzig(p, w);
  let gebouwd;
  if (t.includes("boolean")) {
    gebouwd = keuzeGroep(id, titel, [[true, "Ja"], [false, "Nee"]], waarde, !verplicht, omschreven, extra, wijzig);
  } else if (t.includes("array")) {
    gebouwd = meerkeuze(ctx, id, titel, veld, waarde, omschreven, extra, wijzig);
  } else if (s.enum) {
    const labels = ctx.woorden?.[veld] ?? {};
    const opties = keuzesVoor(ctx.schema, veld, ctx.voorstel).map((e) => [e, labels[e] ?? e.replaceAll("_", " ")]);
    gebouwd = opties.length <= 8
      ? keuzeGroep(id, titel, opties, waarde, !verplicht, omschreven, extra, wijzig)
      : keuzelijst(id, titel, opties, waarde, !verplicht, omschreven, extra, wijzig);
  } else if (t.includes("integer") && s.minimum !== undefined && s.maximum !== undefined && s.maximum - s.minimum <= 6) {
    const opties = [];
    for (let n = s.minimum; n <= s.maximum; n++) opties.push([n, String(n)]);
    gebouwd = keuzeGroep(id, titel, opties, waarde, !verplicht, omschreven, extra, wijzig, "schaal");
  } else {
    gebouwd = invoerveld(ctx, id, titel, s, waarde, !verplicht, omschreven, extra, wijzig, tekst.suggesties);
  }
  gebouwd.element.classList.add("vraag");
  if (sleutel) gebouwd.element.classList.add("vraag-sleutel");
  gebouwd.element.dataset.veld = veld;
  gebouwd.element.dataset.vraag = id;
  return { ...gebouwd, fout };
}

function optie(type, naam, id, label, checked, onchange, extraKlasse = "") {
  const invoer = el("input", {
    type,
    name: naam,
    id,
    class: type === "radio" ? "utrecht-radio-button utrecht-radio-button--html-input" : "utrecht-checkbox utrecht-checkbox--html-input",
    checked,
    onchange,
  });
  const veld = el("div", { class: `utrecht-form-field utrecht-form-field--${type === "radio" ? "radio" : "checkbox"} optie ${extraKlasse}` },
    el("p", { class: "utrecht-form-field__label" }, el("label", { class: `utrecht-form-label utrecht-form-label--${type === "radio" ? "radio" : "checkbox"}`, for: id }, label)),
    el("div", { class: "utrecht-form-field__input" }, invoer));
  return { veld, invoer };
}

function fieldset(id, titel, omschreven, extra, inhoud) {
  return el("fieldset", { class: "utrecht-form-fieldset utrecht-form-fieldset--html-fieldset", id, "aria-describedby": omschreven, tabindex: "-1" },
    el("legend", { class: "utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend" }, titel),
    ...extra, inhoud);
}

function keuzeGroep(id, titel, opties, waarde, weetIkNiet, omschreven, extra, wijzig, soort = "keuze") {
  const bedieningen = [];
  const velden = opties.map(([w, label], i) => {
    const { veld, invoer } = optie("radio", id, `${id}-${i}`, label, w === waarde, () => wijzig(w));
    invoer.value = String(w);
    bedieningen.push(invoer);
    return veld;
  });
  if (weetIkNiet) {
    const { veld, invoer } = optie("radio", id, `${id}-weet-niet`, WEET_IK_NIET, waarde === null, () => wijzig(null), "optie-weet-niet");
    invoer.value = "";
    bedieningen.push(invoer);
    velden.push(veld);
  }
  const element = fieldset(id, titel, omschreven, extra, el("div", { class: `opties opties-${soort}` }, velden));
  return { element, bedieningen, focus: bedieningen.find((b) => b.checked) ?? bedieningen[0] };
}

function keuzelijst(id, titel, opties, waarde, weetIkNiet, omschreven, extra, wijzig) {
  const select = el("select", {
    id,
    name: id,
    class: "utrecht-select utrecht-select--html-select",
    "aria-describedby": omschreven,
    onchange: (e) => wijzig(e.target.value === "" ? undefined : e.target.value === "~weet-niet" ? null : e.target.value),
  },
  el("option", { value: "", selected: waarde === undefined }, "Kies…"),
  opties.map(([w, label]) => el("option", { value: w, selected: w === waarde }, label)),
  weetIkNiet ? el("option", { value: "~weet-niet", selected: waarde === null }, WEET_IK_NIET) : null);
  const element = el("div", { class: "utrecht-form-field" },
    el("p", { class: "utrecht-form-field__label" }, el("label", { class: "utrecht-form-label", for: id }, titel)),
    ...extra, el("div", { class: "utrecht-form-field__input" }, select));
  return { element, bedieningen: [select], focus: select };
}

/** A list of codes: tick every one that applies, or "Geen van deze", or "Weet ik niet" (each exclusive). */
function meerkeuze(ctx, id, titel, veld, waarde, omschreven, extra, wijzig) {
  const labels = ctx.woorden?.[veld] ?? {};
  const codes = keuzesVoor(ctx.schema, veld, ctx.voorstel);
  const vakjes = [];
  const gekozen = () => vakjes.filter((v) => v.checked).map((v) => v.value);
  const velden = codes.map((code, i) => {
    const { veld: f, invoer } = optie("checkbox", null, `${id}-${i}`, labels[code] ?? code.replaceAll("_", " "), Array.isArray(waarde) && waarde.includes(code), () => {
      geen.checked = false;
      onbekend.checked = false;
      const lijst = gekozen();
      wijzig(lijst.length > 0 ? lijst : undefined);
    });
    invoer.value = code;
    vakjes.push(invoer);
    return f;
  });
  const exclusief = (invoer, w) => () => {
    if (invoer.checked) {
      vakjes.forEach((v) => { v.checked = false; });
      (invoer === geen ? onbekend : geen).checked = false;
      wijzig(w);
    } else {
      wijzig(undefined);
    }
  };
  const { veld: geenVeld, invoer: geen } = optie("checkbox", null, `${id}-geen`, "Geen van deze", Array.isArray(waarde) && waarde.length === 0, null, "optie-of");
  const { veld: onbekendVeld, invoer: onbekend } = optie("checkbox", null, `${id}-weet-niet`, WEET_IK_NIET, waarde === null, null, "optie-weet-niet");
  geen.addEventListener("change", exclusief(geen, []));
  onbekend.addEventListener("change", exclusief(onbekend, null));
  const element = fieldset(id, titel, omschreven, extra,
    el("div", { class: "opties" },
      el("p", { class: "utrecht-form-field-description hint" }, "Kies alles wat van toepassing is."),
      velden,
      el("p", { class: "optie-scheiding", "aria-hidden": "true" }, "of"),
      geenVeld, onbekendVeld));
  const bedieningen = [...vakjes, geen, onbekend];
  return { element, bedieningen, focus: bedieningen[0] };
}

/**
 * A text, number or date field; an optional one has a "Weet ik niet" box beside it. suggesties: a field of every
 * municipality ("gemeenten[].naam") whose answers are offered while typing.
 */
function invoerveld(ctx, id, titel, s, waarde, weetIkNiet, omschreven, extra, wijzig, suggesties) {
  const t = typen(s);
  const getal = t.includes("integer") || t.includes("number");
  const datum = s.format === "date";
  let tekst = "";
  if (typeof waarde === "number") tekst = String(waarde).replace(".", ",");
  else if (typeof waarde === "string") tekst = waarde;
  let onbekend = null;
  const invoer = el("input", {
    type: datum ? "date" : "text",
    id,
    name: id,
    value: tekst,
    inputmode: getal ? (t.includes("integer") ? "numeric" : "decimal") : null,
    maxlength: !getal && s.maxLength ? String(s.maxLength) : null,
    autocomplete: "off",
    spellcheck: getal ? "false" : null,
    "aria-describedby": omschreven,
    class: `utrecht-textbox utrecht-textbox--html-input ${getal ? "invoer-getal" : datum ? "invoer-datum" : "invoer-tekst"}`,
    oninput: (e) => {
      const v = e.target.value;
      if (onbekend) onbekend.checked = false;
      wijzig(getal ? leesGetal(v) : v === "" ? undefined : v);
    },
  });
  let lijst = null;
  if (suggesties) {
    lijst = el("datalist", { id: `${id}-suggesties` });
    invoer.setAttribute("list", lijst.id);
    invoer.addEventListener("focus", () => {
      const naam = suggesties.replace("gemeenten[].", "");
      const waarden = new Set((ctx.voorstel.gemeenten ?? []).map((g) => g?.[naam]).filter((w) => typeof w === "string" && w.trim()));
      lijst.replaceChildren(...[...waarden].map((w) => el("option", { value: w })));
    });
  }
  const bedieningen = [invoer];
  let weetNiet = null;
  if (weetIkNiet) {
    const gebouwd = optie("checkbox", null, `${id}-weet-niet`, WEET_IK_NIET, waarde === null, (e) => {
      if (e.target.checked) {
        invoer.value = "";
        wijzig(null);
      } else {
        wijzig(undefined);
      }
    }, "optie-weet-niet");
    onbekend = gebouwd.invoer;
    weetNiet = gebouwd.veld;
    bedieningen.push(onbekend);
  }
  const element = el("div", { class: "utrecht-form-field" },
    el("p", { class: "utrecht-form-field__label" }, el("label", { class: "utrecht-form-label vraagtitel", for: id }, titel)),
    ...extra, el("div", { class: "utrecht-form-field__input" }, invoer, lijst), weetNiet);
  return { element, bedieningen, focus: invoer };
}
