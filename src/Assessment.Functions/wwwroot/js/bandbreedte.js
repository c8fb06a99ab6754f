// The bandbreedte: between which verdicts and scores the outcome can still land, over every answer the open
// questions may get, and the questions that decide most — so a user knows which to answer first.

import { el, tabelHouder } from "./dom.js";
import { OORDELEN } from "./woorden.js";
import { vraagLink } from "./vraaglink.js";

const punten = (n) => (n === 0 ? "geen" : n === 1 ? "tot 1 punt" : `tot ${n} punten`);
const oordeel = (code) => OORDELEN[code]?.woord ?? String(code).replaceAll("_", " ");

/** opties: vindVraag/naarVraag (links to the questionnaire). Null when the Afweging has no bandbreedte. */
export function bandbreedte(afweging, opties) {
  const b = afweging.bandbreedte;
  if (!b) return null;
  const kopId = "bandbreedte-kop";
  const vragen = b.beslissendeVragen ?? [];
  return el("section", { class: "advies-blok", id: "bandbreedte", "aria-labelledby": kopId },
    el("h3", { class: "utrecht-heading-3", id: kopId }, "Wat de open vragen nog kunnen veranderen"),
    el("p", {}, b.toelichting),
    vragen.length === 0 ? null : [
      el("p", {}, "Beantwoord eerst de vragen hieronder: de vraag die het meest kan veranderen staat bovenaan. Kies een vraag om die te beantwoorden."),
      tabelHouder("Beslissende vragen",
        el("table", { class: "beslissend" },
          el("caption", {}, "Beslissende vragen"),
          el("thead", {}, el("tr", {},
            el("th", { scope: "col" }, "Vraag"),
            el("th", { scope: "col" }, "Oordeel bij een gunstig antwoord"),
            el("th", { scope: "col" }, "Oordeel bij een ongunstig antwoord"),
            el("th", { scope: "col" }, "Verschil in score"))),
          el("tbody", {}, vragen.map((v) => el("tr", { class: v.oordeelBijGunstig !== v.oordeelBijOngunstig ? "beslist" : null },
            el("th", { scope: "row" }, vraagLink(v.vraag, v.pad, opties)),
            el("td", { "data-kop": "Bij een gunstig antwoord" }, oordeel(v.oordeelBijGunstig)),
            el("td", { "data-kop": "Bij een ongunstig antwoord" }, oordeel(v.oordeelBijOngunstig)),
            el("td", { "data-kop": "Verschil in score" }, punten(v.effect))))))),
    ]);
}
