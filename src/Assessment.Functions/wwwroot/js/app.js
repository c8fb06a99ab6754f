// The zelftoets page: loads the published schema and the questionnaire texts, keeps the answers in this
// browser (localStorage) and sends nothing until the user asks for the assessment.

import { el, download, slug } from "./dom.js";
import { controleerSchema, valideer } from "./schema.js";
import { Vragenlijst } from "./vragenlijst.js";
import { toonResultaat } from "./resultaat.js";

const API = "/api/v1";
const OPSLAG = "afwegingskader.zelftoets.v1";

const $ = (id) => document.getElementById(id);

async function haalJson(pad) {
  const antwoord = await fetch(pad, { headers: { Accept: "application/json, application/schema+json" } });
  if (!antwoord.ok) throw new Error(`${pad} antwoordde met ${antwoord.status}.`);
  return antwoord.json();
}

function nieuwVoorstel() {
  return { gemeenten: [{}, {}], samenwerking: {} };
}

class Zelftoets {
  constructor(schema, teksten, kader) {
    this.schema = schema;
    this.teksten = teksten;
    this.kader = kader;
    const bewaard = this.leesOpslag();
    this.voorstel = bewaard?.voorstel ?? nieuwVoorstel();
    this.afgevinkt = new Set(bewaard?.afgevinkt ?? []);
    this.vragenlijst = new Vragenlijst({
      schema,
      vragenlijst: teksten,
      keuzes: kader.keuzes,
      houder: $("vragen"),
      opWijziging: () => this.bewaar(),
      melding: (t) => this.meld(t),
    });
  }

  start() {
    this.stappen();
    this.vragenlijst.render(this.voorstel);
    this.bronnenlijst();
    $("vragenlijst").addEventListener("submit", (e) => {
      e.preventDefault();
      this.beoordeel();
    });
    $("exporteer").addEventListener("click", () => this.exporteer());
    $("importeer").addEventListener("change", (e) => this.importeer(e.target));
    $("opnieuw").addEventListener("click", () => this.opnieuw());
    $("terug").addEventListener("click", () => this.toonVragenlijst($("vragenlijst-kop")));
    $("laden").hidden = true;
    $("zelftoets").hidden = false;
    if (this.leesOpslag()) this.meld("Uw eerder ingevulde antwoorden zijn teruggezet.");
  }

  leesOpslag() {
    try {
      const tekst = localStorage.getItem(OPSLAG);
      const bewaard = tekst ? JSON.parse(tekst) : null;
      return bewaard && typeof bewaard.voorstel === "object" && bewaard.voorstel !== null ? bewaard : null;
    } catch {
      return null;
    }
  }

  bewaar() {
    try {
      localStorage.setItem(OPSLAG, JSON.stringify({ voorstel: this.voorstel, afgevinkt: [...this.afgevinkt], bijgewerkt: new Date().toISOString() }));
    } catch {
      this.meld("Let op: deze browser bewaart de antwoorden niet. Exporteer ze als u later verder wilt.");
    }
  }

  meld(tekst) {
    const melding = $("melding");
    melding.textContent = "";
    // A fresh text node, so screen readers announce a repeated message too.
    setTimeout(() => { melding.textContent = tekst; }, 50);
  }

  stappen() {
    $("stappen").replaceChildren(...this.teksten.groepen.map((g) => el("li", {}, el("a", { href: `#stap-${g.id}` }, g.titel))));
  }

  bronnenlijst() {
    const documenten = Object.entries(this.teksten.documenten ?? {});
    $("bronnen").replaceChildren(...documenten.map(([nummer, titel]) => el("li", {}, `${nummer}: ${titel}`)));
  }

  /** The proposal as sent: a copy, without the helpers' empty objects. */
  teVersturen() {
    const schoon = (w) => {
      if (Array.isArray(w)) return w.map(schoon);
      if (w && typeof w === "object") {
        return Object.fromEntries(Object.entries(w).filter(([, v]) => v !== undefined).map(([k, v]) => [k, schoon(v)]));
      }
      return w;
    };
    return schoon(this.voorstel);
  }

  async beoordeel() {
    const voorstel = this.teVersturen();
    const fouten = valideer(this.schema, voorstel);
    if (fouten.length > 0) {
      this.toonFouten(fouten, "De antwoorden zijn nog niet compleet of kloppen niet");
      return;
    }

    const knop = $("beoordeel");
    knop.disabled = true;
    knop.setAttribute("aria-busy", "true");
    this.meld("Het voorstel wordt beoordeeld…");
    try {
      const antwoord = await fetch(`${API}/zelftoetsen`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(voorstel),
      });
      const inhoud = await antwoord.json().catch(() => null);
      if (antwoord.ok && inhoud) {
        this.verbergFouten();
        this.toonResultaat(inhoud, voorstel);
      } else if (inhoud?.errors?.length) {
        this.toonFouten(inhoud.errors, inhoud.title ?? "De dienst heeft het voorstel niet aangenomen");
      } else {
        this.toonFouten([{ detail: inhoud?.detail ?? `De dienst antwoordde met status ${antwoord.status}. Probeer het later opnieuw.` }],
          inhoud?.title ?? "Beoordelen lukte niet");
      }
    } catch {
      this.toonFouten([{ detail: "De dienst is nu niet bereikbaar. Uw antwoorden zijn bewaard; probeer het over een ogenblik opnieuw." }], "Beoordelen lukte niet");
    } finally {
      knop.disabled = false;
      knop.removeAttribute("aria-busy");
    }
  }

  toonFouten(fouten, titel) {
    const metDoel = this.vragenlijst.toonFouten(fouten);
    const overzicht = $("foutoverzicht");
    overzicht.replaceChildren(
      el("h2", {}, `${titel} (${fouten.length} ${fouten.length === 1 ? "punt" : "punten"})`),
      el("ul", {}, metDoel.map((f) => el("li", {}, f.doel
        ? el("a", {
          href: `#${f.doel}`,
          onclick: (e) => {
            e.preventDefault();
            this.gaNaar($(f.doel));
          },
        }, f.detail)
        : f.detail))));
    overzicht.hidden = false;
    this.toonVragenlijst(overzicht);
  }

  verbergFouten() {
    this.vragenlijst.wisFouten();
    $("foutoverzicht").hidden = true;
  }

  gaNaar(element) {
    if (!element) return;
    element.closest("details")?.setAttribute("open", "");
    element.scrollIntoView({ block: "center" });
    element.focus();
  }

  toonVragenlijst(focus) {
    $("resultaat").hidden = true;
    $("vragenlijst").hidden = false;
    $("werkbalk").hidden = false;
    this.gaNaar(focus);
  }

  toonResultaat(afweging, voorstel) {
    const vormen = { ...(this.kader.keuzes["samenwerking.vorm"] ?? {}), herindeling: "Herindeling (ter vergelijking)" };
    toonResultaat($("resultaat-inhoud"), afweging, {
      kader: this.kader,
      vormen,
      bron: (b) => this.vragenlijst.bron(b),
      naarVeld: (veld) => this.toonVragenlijst(this.vragenlijst.eersteVoor(veld)),
      vindVraag: (pad) => this.vragenlijst.bedieningVoorPad(pad),
      naarVraag: (bediening) => this.toonVragenlijst(bediening),
      afgevinkt: this.afgevinkt,
      opAfvinken: (regel, klaar) => {
        if (klaar) this.afgevinkt.add(regel);
        else this.afgevinkt.delete(regel);
        this.bewaar();
      },
      opPdf: (knop, status) => this.pdf(voorstel, knop, status),
    });
    $("vragenlijst").hidden = true;
    $("werkbalk").hidden = true;
    $("resultaat").hidden = false;
    $("resultaat-kop").focus();
    window.scrollTo(0, 0);
  }

  async pdf(voorstel, knop, status) {
    knop.disabled = true;
    status.textContent = "Het rapport wordt gemaakt…";
    try {
      const antwoord = await fetch(`${API}/zelftoetsen`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/pdf" },
        body: JSON.stringify(voorstel),
      });
      if (!antwoord.ok) throw new Error(String(antwoord.status));
      download(await antwoord.blob(), `afwegingskader-${slug(voorstel.titel)}.pdf`);
      status.textContent = "Het rapport is gedownload.";
    } catch {
      status.textContent = "Het rapport kon niet worden gemaakt. Probeer het opnieuw.";
    } finally {
      knop.disabled = false;
    }
  }

  exporteer() {
    const voorstel = this.teVersturen();
    download(new Blob([`${JSON.stringify(voorstel, null, 2)}\n`], { type: "application/json" }), `voorstel-${slug(voorstel.titel)}.json`);
    this.meld("Het voorstel is geëxporteerd als JSON-bestand.");
  }

  async importeer(invoer) {
    const bestand = invoer.files?.[0];
    if (!bestand) return;
    try {
      const gelezen = JSON.parse(await bestand.text());
      if (!gelezen || typeof gelezen !== "object" || Array.isArray(gelezen)) throw new Error("geen object");
      this.voorstel = gelezen;
      this.vragenlijst.render(this.voorstel);
      this.bewaar();
      const fouten = valideer(this.schema, this.voorstel);
      if (fouten.length > 0) {
        this.toonFouten(fouten, `${bestand.name} is geïmporteerd, maar nog niet compleet of juist`);
      } else {
        this.verbergFouten();
        this.meld(`${bestand.name} is geïmporteerd.`);
      }
    } catch {
      this.toonFouten([{ detail: `${bestand.name} is geen Voorstel in JSON; er is niets veranderd.` }], "Importeren lukte niet");
    } finally {
      invoer.value = "";
    }
  }

  opnieuw() {
    if (!window.confirm("Alle antwoorden wissen en opnieuw beginnen?")) return;
    this.voorstel = nieuwVoorstel();
    this.afgevinkt.clear();
    this.bewaar();
    this.verbergFouten();
    this.vragenlijst.render(this.voorstel);
    this.toonVragenlijst($("vragenlijst-kop"));
    this.meld("Alle antwoorden zijn gewist.");
  }
}

async function start() {
  try {
    const [schema, teksten, kader] = await Promise.all([
      haalJson(`${API}/schemas/voorstel`),
      haalJson("/vragenlijst.json"),
      haalJson(`${API}/afwegingskader`),
    ]);
    controleerSchema(schema);
    new Zelftoets(schema, teksten, kader).start();
  } catch (fout) {
    $("laden").replaceChildren(el("strong", {}, "De vragenlijst kon niet worden geladen. "), `Probeer het later opnieuw. (${fout.message})`);
    $("laden").classList.add("fout");
  }
}

start();
