// The zelftoets: a start page with a task list, one step per part, a check-your-answers page and the result,
// each its own address (#/…), so back, forward and reload keep the place. It loads the published schema, the
// questionnaire texts and the rule set, keeps the draft in this browser (localStorage) and sends nothing until the
// user asks for the assessment.

import { el, vervang } from "./dom.js";
import { controleerSchema } from "./schema.js";
import { maakStappen, nieuwVoorstel, sleutelvelden, status, sturendeVelden, teVersturen, veldVan, zet } from "./model.js";
import { toonStart } from "./start.js";
import { toonStap } from "./stap.js";
import { toonControle } from "./controle.js";
import { toonUitkomst } from "./uitkomst.js";
import { toonBronnen, bronTekst } from "./bronnen.js";

export const API = "/api/v1";
const OPSLAG = "afwegingskader.zelftoets.v2";
const OUDE_OPSLAG = "afwegingskader.zelftoets.v1";
const UITKOMST = "afwegingskader.zelftoets.uitkomst";
const DIENST = "Zelftoets ambtelijke fusie";

const $ = (id) => document.getElementById(id);

async function haalJson(pad) {
  const antwoord = await fetch(pad, { headers: { Accept: "application/json, application/schema+json" } });
  if (!antwoord.ok) throw new Error(`${pad} antwoordde met ${antwoord.status}.`);
  return antwoord.json();
}

class Zelftoets {
  constructor(schema, teksten, kader) {
    this.schema = schema;
    this.teksten = teksten;
    this.kader = kader;
    this.sleutel = sleutelvelden(kader);
    this.sturend = sturendeVelden(schema, teksten);
    const bewaard = this.leesOpslag();
    this.voorstel = bewaard?.voorstel ?? nieuwVoorstel();
    if (!Array.isArray(this.voorstel.gemeenten)) this.voorstel.gemeenten = [{}, {}];
    this.afgevinkt = new Set(bewaard?.afgevinkt ?? []);
    this.teruggezet = Boolean(bewaard);
    this.eersteWeergave = true;
  }

  start() {
    window.addEventListener("hashchange", () => {
      // Only "#/…" is a place in the zelftoets; another fragment (an anchor on the page) changes nothing.
      if (location.hash && !location.hash.startsWith("#/")) return;
      this.wisNotitie();
      this.toon();
    });
    // The skip link moves the focus to the content without changing the address (which holds the place).
    document.querySelector(".utrecht-skip-link")?.addEventListener("click", (e) => {
      e.preventDefault();
      $("inhoud").focus();
    });
    $("laden").hidden = true;
    $("zelftoets").hidden = false;
    this.toon();
    if (this.teruggezet) this.meld("Uw eerder ingevulde antwoorden zijn teruggezet.");
  }

  // ---- the draft -------------------------------------------------------------------------------------------

  leesOpslag() {
    for (const sleutel of [OPSLAG, OUDE_OPSLAG]) {
      try {
        const tekst = localStorage.getItem(sleutel);
        const bewaard = tekst ? JSON.parse(tekst) : null;
        if (bewaard && typeof bewaard.voorstel === "object" && bewaard.voorstel !== null) return bewaard;
      } catch {
        // unreadable: ignored, the draft starts empty
      }
    }
    return null;
  }

  bewaar() {
    try {
      localStorage.setItem(OPSLAG, JSON.stringify({ voorstel: this.voorstel, afgevinkt: [...this.afgevinkt], bijgewerkt: new Date().toISOString() }));
    } catch {
      this.meld("Let op: deze browser bewaart de antwoorden niet. Download het concept als u later verder wilt.");
    }
  }

  /** Replaces the whole draft (loading a file, starting again), with an offer to undo it. */
  vervangVoorstel(nieuw, tekst) {
    const vorig = { voorstel: structuredClone(this.voorstel), afgevinkt: [...this.afgevinkt] };
    this.voorstel = nieuw;
    if (!Array.isArray(this.voorstel.gemeenten)) this.voorstel.gemeenten = [{}, {}];
    this.afgevinkt.clear();
    this.vergeetUitkomst();
    this.bewaar();
    this.toon({ focus: false });
    this.notitie(tekst, vorig);
  }

  wijzig(p, waarde) {
    zet(this.voorstel, p, waarde);
    this.vergeetUitkomst();
    this.bewaar();
    this.opWijziging?.(p);
    if (this.sturend.has(veldVan(p))) {
      // Another question may now apply, or offer other choices: draw the step again, the focus where it was.
      const focus = document.activeElement?.id;
      this.toon({ focus: false, scroll: false });
      if (focus) document.getElementById(focus)?.focus();
    }
  }

  stappen() {
    return maakStappen(this.teksten, this.schema, this.voorstel);
  }

  /** The tasks (one per group), each with its steps and status. */
  taken() {
    const stappen = this.stappen();
    return this.teksten.groepen.map((g) => {
      const eigen = stappen.filter((s) => s.taak === g.id);
      const vragen = eigen.flatMap((s) => s.vragen);
      return { id: g.id, titel: g.titel, stappen: eigen, status: status(vragen, this.voorstel) };
    });
  }

  teVersturen() {
    return teVersturen(this.voorstel, this.teksten, this.schema);
  }

  // ---- messages --------------------------------------------------------------------------------------------

  meld(tekst) {
    const melding = $("melding");
    melding.textContent = "";
    // A fresh text node, so screen readers announce a repeated message too.
    setTimeout(() => { melding.textContent = tekst; }, 50);
  }

  /** A visible notice at the top of the page; with 'vorig', an "Ongedaan maken" button that restores it. */
  notitie(tekst, vorig = null) {
    const knop = vorig
      ? el("button", {
        type: "button",
        class: "utrecht-button utrecht-button--secondary-action",
        id: "ongedaan-maken",
        onclick: () => {
          this.voorstel = vorig.voorstel;
          this.afgevinkt = new Set(vorig.afgevinkt);
          this.vergeetUitkomst();
          this.bewaar();
          this.wisNotitie();
          this.toon({ focus: false });
          this.meld("Ongedaan gemaakt: uw vorige antwoorden staan er weer.");
          document.querySelector("#weergave h1")?.focus();
        },
      }, "Ongedaan maken")
      : null;
    vervang($("notitie"), el("div", { class: "utrecht-alert utrecht-alert--ok notitie", id: "notitie-tekst", tabindex: "-1" },
      el("div", { class: "utrecht-alert__content" },
        el("div", { class: "utrecht-alert__message" },
          el("p", { class: "utrecht-paragraph", role: "status" }, tekst),
          knop))));
    $("notitie-tekst").focus();
  }

  wisNotitie() {
    $("notitie").replaceChildren();
  }

  // ---- the result ------------------------------------------------------------------------------------------

  bewaarUitkomst(afweging, voorstel) {
    this.afweging = { afweging, voorstel };
    try {
      sessionStorage.setItem(UITKOMST, JSON.stringify(this.afweging));
    } catch {
      // not kept over a reload: the page asks for it again
    }
  }

  uitkomst() {
    if (this.afweging) return this.afweging;
    try {
      const bewaard = JSON.parse(sessionStorage.getItem(UITKOMST) ?? "null");
      if (bewaard?.afweging && JSON.stringify(bewaard.voorstel) === JSON.stringify(this.teVersturen())) this.afweging = bewaard;
    } catch {
      // none
    }
    return this.afweging ?? null;
  }

  vergeetUitkomst() {
    this.afweging = null;
    try {
      sessionStorage.removeItem(UITKOMST);
    } catch {
      // nothing kept
    }
  }

  // ---- sources ---------------------------------------------------------------------------------------------

  bron(b) {
    return bronTekst(b, this.kader, this.teksten);
  }

  // ---- routing ---------------------------------------------------------------------------------------------

  /** The place in the hash: { pad: ["stap", "condities", "0"], vraag }. */
  plaats() {
    const [pad, zoek] = (location.hash.replace(/^#\/?/, "") || "").split("?");
    const vraag = new URLSearchParams(zoek ?? "").get("vraag");
    return { delen: pad.split("/").filter(Boolean), vraag };
  }

  ga(hash) {
    if (location.hash === hash) this.toon();
    else location.hash = hash;
  }

  /** Draws the view for the address; moves the focus to its heading (or the question asked for), except at the first load. */
  toon({ focus = true, scroll = true } = {}) {
    const { delen, vraag } = this.plaats();
    const weergave = $("weergave");
    this.opWijziging = null;
    let titel;
    if (delen[0] === "stap") {
      titel = toonStap(this, weergave, delen.slice(1).join("/"));
    } else if (delen[0] === "controleer") {
      titel = toonControle(this, weergave);
    } else if (delen[0] === "uitkomst") {
      titel = toonUitkomst(this, weergave);
    } else if (delen[0] === "bronnen") {
      titel = toonBronnen(this, weergave);
    } else {
      titel = toonStart(this, weergave);
    }
    document.title = `${titel} — ${DIENST}`;
    const eerste = this.eersteWeergave;
    this.eersteWeergave = false;
    if (!focus) return;
    let doel = vraag ? document.getElementById(vraag) : null;
    // A group of options: the chosen option, else the first, so the keyboard is in the group at once.
    if (doel?.tagName === "FIELDSET") doel = doel.querySelector("input:checked") ?? doel.querySelector("input, select") ?? doel;
    if (doel) {
      doel.closest("details")?.setAttribute("open", "");
      doel.scrollIntoView({ block: "center" });
      doel.focus();
    } else if (!eerste) {
      if (scroll) window.scrollTo(0, 0);
      weergave.querySelector("h1")?.focus();
    }
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
