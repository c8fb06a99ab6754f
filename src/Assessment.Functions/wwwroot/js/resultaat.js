// The result of the self-check: the verdict, the scores (a chart that is also a table), what must happen
// before the council decision as a to-do list (first what must change, then which open questions decide most,
// then the conditions to tick off), the findings per plane, the missing answers and the variants.
// Colour never carries meaning alone: every coloured sign has its word.

import { el, nlGetal, tabelHouder, vervang } from "./dom.js";
import { OORDELEN, STATUSSEN } from "./woorden.js";
import { watMoetErVeranderen } from "./veranderen.js";
import { bandbreedte } from "./bandbreedte.js";

const DIMENSIES = [
  ["publiekeWaarde", "publieke_waarde"],
  ["legitimiteit", "legitimiteit"],
  ["organisatieEnBesturing", "organisatie_en_besturing"],
];

const score = (s) => (s === null || s === undefined ? "geen score" : `${s} van 100`);
const hoofdletter = (t) => (t ? t[0].toUpperCase() + t.slice(1) : t);

/**
 * Renders an Afweging into the container. kader: GET /api/v1/afwegingskader (titles of the Public Value
 * domains); vormen: words for the forms of cooperation; naarVeld(veld): focuses the question for a field;
 * vindVraag(pad): the control for a JSON path of the engine ("$.gemeenten[1].urgentie") or null, and
 * naarVraag(control) shows the questionnaire there; afgevinkt: the set of conditions the user ticked off
 * (kept in the browser); opAfvinken(regel, klaar).
 */
export function toonResultaat(houder, afweging, { kader, vormen, bron, naarVeld, vindVraag, naarVraag, afgevinkt, opAfvinken, opPdf }) {
  const regelTitel = (regel) => afweging.voorwaarden.find((v) => v.regel === regel)?.titel
    ?? afweging.bevindingen.find((b) => b.regel === regel)?.titel
    ?? null;
  const advies = { keuzes: kader?.keuzes, vindVraag, naarVraag, regelTitel };
  const oordeel = OORDELEN[afweging.oordeel] ?? { woord: afweging.oordeel, teken: "", betekenis: "" };
  const dimensieTitel = (code) => kader?.dimensies?.find((d) => d.code === code)?.titel ?? code.replaceAll("_", " ");

  const pdfStatus = el("p", { class: "pdf-status", role: "status", id: "pdf-status" });
  const pdfKnop = el("button", { type: "button", class: "knop", id: "pdf-downloaden", onclick: () => opPdf(pdfKnop, pdfStatus) },
    "Download het rapport (PDF)");

  vervang(houder,
    el("h2", { id: "resultaat-kop", tabindex: "-1" }, "Uitkomst van de zelftoets"),
    el("p", { class: "titel-voorstel" }, afweging.titel),
    el("div", { class: `oordeel oordeel-${afweging.oordeel}`, id: "oordeel" },
      el("span", { class: "oordeel-teken", "aria-hidden": "true" }, oordeel.teken),
      el("span", { class: "oordeel-woord" }, `Oordeel: ${oordeel.woord}`)),
    el("p", { class: "oordeel-betekenis" }, oordeel.betekenis),
    el("p", {}, afweging.oordeelToelichting),
    el("dl", { class: "kerncijfers" },
      el("div", {}, el("dt", {}, "Totaalscore"), el("dd", {}, score(afweging.score))),
      el("div", {}, el("dt", {}, "Voldaan"), el("dd", {}, `${afweging.vervulling}% van het gewicht van de regels`)),
      el("div", {}, el("dt", {}, "Beantwoord"), el("dd", {}, `${afweging.dekking}% van de vragen die de regels stellen`)),
      el("div", {}, el("dt", {}, "Regelset"), el("dd", {}, `versie ${afweging.regelset.versie}`))),
    el("p", { class: "score-toelichting" }, afweging.scoreToelichting),
    el("div", { class: "acties" }, pdfKnop, pdfStatus),

    el("section", { id: "takenlijst", class: "takenlijst-blok", "aria-labelledby": "takenlijst-kop" },
      el("h3", { id: "takenlijst-kop" }, afweging.voorwaardenKop || "Wat moet er gebeuren"),
      watMoetErVeranderen(afweging, advies),
      bandbreedte(afweging, advies),
      el("section", { class: "advies-blok", id: "voorwaarden-blok", "aria-labelledby": "voorwaarden-kop" },
        el("h4", { id: "voorwaarden-kop" }, "Voorwaarden"),
        afweging.voorwaarden.length === 0
          ? el("p", {}, "Het afwegingskader stelt geen voorwaarden.")
          : el("ul", { class: "takenlijst", id: "voorwaarden" }, afweging.voorwaarden.map((v, i) => {
            const id = `taak-${i}`;
            return el("li", { class: `taak ernst-${v.ernst}` },
              el("input", { type: "checkbox", id, checked: afgevinkt.has(v.regel), onchange: (e) => opAfvinken(v.regel, e.target.checked) }),
              el("label", { for: id },
                el("span", { class: "ernst" }, `${hoofdletter(v.ernst)}: `),
                v.tekst,
                el("span", { class: "regel-id" }, ` (${v.regel})`)));
          })),
        afweging.voorwaarden.length > 0 ? el("p", { class: "hint" }, "Vink af wat geregeld is; dat blijft in deze browser bewaard.") : null)),

    el("h3", {}, "Scores"),
    scoretabel("Score per hoofdvlak en deelafweging", afweging.hoofdvlakken.flatMap((h) => [
      { naam: h.titel, score: h.score, niveau: 1 },
      ...h.subafwegingen.map((s) => ({ naam: `${s.code} ${s.titel}`, score: s.score, niveau: 2 })),
    ])),
    scoretabel("Score per domein van publieke waarde", DIMENSIES.map(([sleutel, code]) => ({ naam: dimensieTitel(code), score: afweging.publiekeWaarde[sleutel], niveau: 1 }))),

    el("h3", {}, "Bevindingen per hoofdvlak"),
    afweging.hoofdvlakken.map((h) => el("section", { class: "hoofdvlak", "aria-label": h.titel },
      el("h4", {}, `${h.titel} — ${score(h.score)}`),
      h.subafwegingen.map((s) => {
        const bevindingen = afweging.bevindingen.filter((b) => b.subafweging === s.code);
        const telling = Object.keys(STATUSSEN).map((st) => [st, bevindingen.filter((b) => b.status === st).length]).filter(([, n]) => n > 0);
        return el("details", { class: "subafweging" },
          el("summary", {}, `${s.code} ${s.titel} — ${score(s.score)} (${telling.map(([st, n]) => `${n} ${STATUSSEN[st].woord.toLowerCase()}`).join(", ")})`),
          el("p", { class: "vraagstelling" }, s.vraag),
          el("ul", { class: "bevindingen" }, bevindingen.map((b) => bevinding(b, bron))));
      }))),

    el("h3", {}, "Ontbrekende gegevens"),
    afweging.ontbrekendeGegevens.length === 0
      ? el("p", {}, "Alle vragen die de regels stellen zijn beantwoord.")
      : [
        el("p", {}, `Van ${afweging.ontbrekendeGegevens.length} gegevens is het antwoord onbekend. Vul ze aan voor een vollediger oordeel.`),
        el("ul", { class: "ontbrekend" }, afweging.ontbrekendeGegevens.map((o) => el("li", {},
          el("button", { type: "button", class: "link", onclick: () => naarVeld(o.veld) }, o.vraag),
          el("span", { class: "hint" }, ` — telt mee in ${o.regels.length} ${o.regels.length === 1 ? "regel" : "regels"}`)))),
      ],

    el("h3", {}, "Varianten naast elkaar"),
    tabelHouder("Hoe scoort hetzelfde voorstel in een andere vorm?",
      el("table", { class: "varianten" },
        el("caption", {}, "Hoe scoort hetzelfde voorstel in een andere vorm?"),
        el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Vorm"), el("th", { scope: "col" }, "Score"), el("th", { scope: "col" }, "Oordeel"), el("th", { scope: "col" }, "Voorwaarden"))),
        el("tbody", {}, afweging.varianten.map((v) => el("tr", { class: v.voorgesteld ? "voorgesteld" : null },
          el("th", { scope: "row" }, vormen[v.vorm] ?? v.vorm.replaceAll("_", " "), v.voorgesteld ? el("span", { class: "label" }, " (voorgesteld)") : null),
          el("td", {}, score(v.score)),
          el("td", {}, `${OORDELEN[v.oordeel]?.teken ?? ""} ${OORDELEN[v.oordeel]?.woord ?? v.oordeel}`),
          el("td", {}, String(v.aantalVoorwaarden))))))),
    (afweging.vergelijkingen ?? []).map((v) => el("div", { class: "vergelijking" },
      el("h4", {}, `${v.subafweging}: ${v.vraag}`),
      el("p", {}, el("strong", {}, v.conclusie)),
      el("p", {}, v.toelichting))),

    afweging.aanbevelingen.length > 0 ? [
      el("h3", {}, "Aanbevelingen"),
      el("ul", {}, afweging.aanbevelingen.map((a) => el("li", {}, el("strong", {}, `Aan de ${a.aan}: `), a.tekst,
        el("span", { class: "bron" }, ` Bron: ${a.bronnen.map(bron).join("; ")}.`)))),
    ] : null,
    el("p", { class: "hint" }, `Kenmerk invoer: ${afweging.invoerHash}. Deze zelftoets is niet bewaard; alleen u hebt de uitkomst.`),
  );
}

function bevinding(b, bron) {
  const status = STATUSSEN[b.status] ?? { woord: b.status, teken: "" };
  return el("li", { class: `bevinding status-${b.status}` },
    el("span", { class: "status" }, el("span", { class: "status-teken", "aria-hidden": "true" }, status.teken), ` ${status.woord}`),
    el("div", {},
      el("p", { class: "bevinding-titel" }, b.titel, el("span", { class: "regel-id" }, ` (${b.regel}, ${b.ernst})`)),
      el("p", {}, b.toelichting),
      b.bronnen.length ? el("p", { class: "bron" }, `Bron: ${b.bronnen.map(bron).join("; ")}`) : null));
}

/** A bar chart that is a table: the name, the number in words and digits, and a bar that repeats it. */
function scoretabel(titel, rijen) {
  return tabelHouder(titel,
    el("table", { class: "scores" },
      el("caption", {}, titel),
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Onderdeel"), el("th", { scope: "col" }, "Score"), el("th", { scope: "col" }, el("span", { class: "visueel-verborgen" }, "Staaf")))),
      el("tbody", {}, rijen.map((r) => el("tr", { class: `niveau-${r.niveau}` },
        el("th", { scope: "row" }, r.naam),
        el("td", { class: "getal" }, r.score === null || r.score === undefined ? "geen score" : nlGetal(r.score)),
        el("td", { class: "staaf-cel", "aria-hidden": "true" },
          staaf(r.score)))))));
}

function staaf(s) {
  const leeg = s === null || s === undefined;
  const e = el("span", { class: leeg ? "staaf staaf-leeg" : "staaf" });
  e.style.width = leeg ? "100%" : `${Math.max(0, Math.min(100, s))}%`; // CSSOM, allowed by the page's CSP
  return e;
}
