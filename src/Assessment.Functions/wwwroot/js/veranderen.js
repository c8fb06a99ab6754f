// "Wat moet er veranderen": the first block of the to-do list. The verdict the advice aims at, why, and the
// routes that reach it — one chosen at a time, with its changes (the question, the answer now and the answer
// needed, what to do) and the rules it satisfies (by title, no codes); or, without a route, why not and the facts it depends on.

import { el } from "./dom.js";
import { oordeelInTekst, waardeInWoorden } from "./woorden.js";
import { vraagLink } from "./vraaglink.js";

const wijzigingen = (n) => (n === 1 ? "1 wijziging" : `${n} wijzigingen`);

/**
 * afweging: the Afweging; opties: keuzes (words for codes), vindVraag/naarVraag (links to the questionnaire),
 * regelTitel(id) (a rule's title in words, or null).
 */
export function watMoetErVeranderen(afweging, opties) {
  const advies = afweging.watMoetErVeranderen;
  const kopId = "veranderen-kop";
  const blok = (...inhoud) => el("section", { class: "advies-blok", id: "wat-moet-er-veranderen", "aria-labelledby": kopId },
    el("h3", { class: "utrecht-heading-3", id: kopId }, "Wat moet er veranderen"), ...inhoud);
  if (!advies) return blok(el("p", {}, "Er hoeft niets te veranderen: het oordeel is al 'positief'."));

  // Why 'positief' is out of reach, when the advice aims lower. Its reason is part of the explanation too: it is
  // shown once, with its facts, under its own heading.
  const waarom = advies.doel === "positief_onder_voorwaarden" ? advies.waaromNietPositief : null;
  const toelichting = waarom?.reden
    ? advies.toelichting.replace(waarom.reden, "").replace(/\s{2,}/g, " ").trim()
    : advies.toelichting;
  const routes = advies.routes ?? [];

  return blok(
    el("p", { class: "doel" }, "Doel: het oordeel ", el("strong", {}, `'${oordeelInTekst(advies.doel)}'`), "."),
    toelichting ? el("p", {}, toelichting) : null,
    routes.length === 1 ? el("div", { class: "routes" }, routePaneel(routes[0], 0, opties, false)) : null,
    routes.length > 1 ? routekeuze(routes, advies.doel, opties) : null,
    routes.length === 0 && advies.geenRoute ? [
      el("p", { id: "geen-route" }, advies.geenRoute.reden),
      feiten(advies.geenRoute.feiten, opties),
    ] : null,
    waarom ? [
      el("h4", { class: "utrecht-heading-4" }, "Waarom het oordeel 'positief' niet haalbaar is"),
      el("p", { id: "waarom-niet-positief" }, waarom.reden),
      feiten(waarom.feiten, opties),
    ] : null);
}

/**
 * Two or more routes: a radio group (one Tab stop, the arrow keys choose) and the chosen route's changes below
 * it. Every route is laid out in the same grid cell and the others are hidden with visibility, so the block
 * keeps the height of the longest route and nothing below it moves when the choice changes.
 */
function routekeuze(routes, doel, opties) {
  const hintId = "routekeuze-hint";
  const melding = el("p", { class: "visueel-verborgen", role: "status", id: "route-melding" });
  const panelen = routes.map((r, i) => routePaneel(r, i, opties, true));
  const toon = (gekozen) => panelen.forEach((p, i) => {
    p.classList.toggle("route-verborgen", i !== gekozen);
  });
  const kies = (i) => {
    toon(i);
    const r = routes[i];
    melding.textContent = "";
    // A fresh text, so a screen reader announces it after the radio button itself.
    setTimeout(() => {
      melding.textContent = `Route ${i + 1} gekozen: ${wijzigingen(r.wijzigingen.length)}, moeite ${r.moeite}. De wijzigingen staan onder de keuze.`;
    }, 50);
  };
  const keuzes = routes.map((r, i) => {
    const id = `route-keuze-${i}`;
    return el("div", { class: "optie" },
      el("input", { type: "radio", class: "utrecht-radio-button utrecht-radio-button--html-input", name: "route-keuze", id, value: String(i), checked: i === 0, "aria-controls": `route-${i}`, onchange: () => kies(i) }),
      el("label", { for: id }, `Route ${i + 1} (moeite ${r.moeite})`, el("span", { class: "optie-extra" }, ` — ${wijzigingen(r.wijzigingen.length)}`)));
  });
  toon(0);
  return [
    el("fieldset", { class: "routekeuze", "aria-describedby": hintId },
      el("legend", {}, "Kies een route"),
      el("p", { class: "hint", id: hintId },
        `Elke route geeft het oordeel '${oordeelInTekst(doel)}'. Hoe lager de moeite, hoe minder er hoeft te veranderen; de route met de minste moeite staat bovenaan.`),
      el("div", { class: "opties" }, keuzes)),
    melding,
    el("div", { class: "routes routes-gestapeld" }, panelen),
  ];
}

function routePaneel(route, i, opties, meerdere) {
  const kopId = `route-${i}-kop`;
  const titel = meerdere ? `Route ${i + 1}` : "De route";
  return el("section", { class: "route", id: `route-${i}`, "aria-labelledby": kopId },
    el("h4", { class: "utrecht-heading-4", id: kopId }, `${titel}: ${wijzigingen(route.wijzigingen.length)}, moeite ${route.moeite}`),
    el("ol", { class: "wijzigingen" }, route.wijzigingen.map((w) => wijziging(w, opties))),
    route.regels.length > 0 ? [
      el("p", { class: "vervult-kop" }, "Met deze route is voldaan aan:"),
      el("ul", { class: "vervult" }, route.regels.map((regel) => {
        // The rule by its title, never its code; a rule without a title is named once by its id.
        return el("li", {}, opties.regelTitel(regel) ?? regel);
      })),
    ] : null);
}

function wijziging(w, opties) {
  return el("li", { class: "wijziging" },
    el("p", { class: "wijziging-vraag" }, vraagLink(w.vraag, w.pad, opties)),
    el("dl", { class: "van-naar" },
      el("div", {}, el("dt", {}, "Nu"), el("dd", {}, waardeInWoorden(w.huidig, w.pad, opties.keuzes))),
      el("div", { class: "nodig" }, el("dt", {}, "Nodig"), el("dd", {}, waardeInWoorden(w.nieuw, w.pad, opties.keuzes))),
      el("div", {}, el("dt", {}, "Moeite"), el("dd", {}, `${w.moeite} van 5`))),
    el("p", { class: "wijziging-toelichting" }, w.toelichting));
}

/** The facts a verdict depends on: each question (a link where the page has it) and its answer now. */
function feiten(lijst, opties) {
  if (!lijst?.length) return null;
  return [
    el("p", { class: "feiten-kop" }, "Dit hangt af van:"),
    el("ul", { class: "feiten" }, lijst.map((f) => el("li", {},
      vraagLink(f.vraag, f.pad, opties), ": ", el("strong", {}, waardeInWoorden(f.waarde, f.pad, opties.keuzes))))),
  ];
}
