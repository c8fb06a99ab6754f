// Sources by title, never by line number: a finding's source ({ document, plaats }) is named by its document's
// title and, where the catalogue of the rule set (GET /api/v1/afwegingskader → documenten) divides the document into
// chapters, by the chapter its lines fall in. The page #/bronnen lists the source documents.

import { el, vervang } from "./dom.js";

function catalogus(kader) {
  return Array.isArray(kader?.documenten) ? kader.documenten : [];
}

/** The document of a source: from the catalogue, else by its number from vragenlijst.json ("002" → title). */
function document(b, kader, teksten) {
  const uitCatalogus = catalogus(kader).find((d) => d.document === b.document);
  if (uitCatalogus) return uitCatalogus;
  const nummer = String(b.document ?? "").slice(0, 3);
  const titel = teksten?.documenten?.[nummer];
  return titel ? { document: b.document, titel } : null;
}

/** The chapter a source points at: from the catalogue's division by the first line of the range, else from "hoofdstuk X" in the place. */
function hoofdstuk(b, doc) {
  const regel = /L(\d+)/.exec(b.plaats ?? "");
  if (regel && Array.isArray(doc?.indeling) && doc.indeling.length > 0) {
    const n = Number(regel[1]);
    const deel = doc.indeling.filter((d) => d.vanafRegel <= n).at(-1);
    if (deel) return deelNaam(deel);
  }
  const genoemd = /hoofdstuk\s+([\d.]+)/i.exec(b.plaats ?? "");
  return genoemd ? `hoofdstuk ${genoemd[1]}` : null;
}

/** "hoofdstuk 8 Titel", "paragraaf 11.3 Titel", or the title of an unnumbered part. */
function deelNaam(deel) {
  if (!deel.nummer) return deel.titel;
  return `${deel.nummer.includes(".") ? "paragraaf" : "hoofdstuk"} ${deel.nummer} ${deel.titel}`;
}

/** A document as people cite it: "Berenschot (2018), Ambtelijke fusies"; the title alone when it says no more. */
function documentNaam(doc) {
  if (!doc) return "een brondocument";
  const auteurs = doc.auteurs ?? [];
  const wie = auteurs.length > 2 ? `${auteurs[0]} e.a.` : auteurs.length > 0 ? auteurs.join(" en ") : doc.uitgever;
  if (!wie) return doc.jaar ? `${doc.titel} (${doc.jaar})` : doc.titel;
  return `${wie}${doc.jaar ? ` (${doc.jaar})` : ""}, ${doc.titel}`;
}

/** "Berenschot (2018), Ambtelijke fusies, paragraaf 8.5 Titel" — no line numbers. */
export function bronTekst(b, kader, teksten) {
  const doc = document(b, kader, teksten);
  const titel = documentNaam(doc);
  const deel = hoofdstuk(b, doc);
  return deel ? `${titel}, ${deel}` : titel;
}

/** Sources grouped by document, in order of first mention: [{ b, titel, delen: ["hoofdstuk 8.5", …] }]. */
export function bronnenPerDocument(bronnen, kader, teksten) {
  const perDocument = new Map();
  for (const b of bronnen ?? []) {
    const doc = document(b, kader, teksten);
    const sleutel = ankerVan(b);
    if (!perDocument.has(sleutel)) perDocument.set(sleutel, { b, titel: documentNaam(doc), delen: [] });
    const deel = hoofdstuk(b, doc);
    const groep = perDocument.get(sleutel);
    if (deel && !groep.delen.includes(deel)) groep.delen.push(deel);
  }
  return [...perDocument.values()];
}

/** The anchor of a document on the source page: its number ("002_….txt" → "bron-002"), else its file name. */
export function ankerVan(b) {
  const naam = String(b.document ?? "");
  const nummer = /^(\d{3})_/.exec(naam);
  return `bron-${nummer ? nummer[1] : naam.replace(/\.[a-z]+$/i, "").replace(/[^A-Za-z0-9_-]/g, "")}`;
}

/** A list of sources as links to the source page: each document once, with the chapters cited. */
export function bronLinks(bronnen, app) {
  const groepen = bronnenPerDocument(bronnen, app.kader, app.teksten);
  if (groepen.length === 0) return null;
  return el("p", { class: "utrecht-paragraph bron" }, groepen.length === 1 ? "Bron: " : "Bronnen: ",
    groepen.map((g, i) => [
      i > 0 ? "; " : null,
      el("a", { class: "utrecht-link", href: `#/bronnen?vraag=${ankerVan(g.b)}` }, g.titel),
      g.delen.length > 0 ? ` (${g.delen.join("; ")})` : null,
    ]));
}

function gegevens(d) {
  const rijen = [
    ["Auteurs", d.auteurs?.length ? d.auteurs.join(", ") : null],
    ["Uitgever", d.uitgever],
    ["Opdrachtgever", d.opdrachtgever],
    ["Jaar", d.jaar ? String(d.jaar) : null],
    ["Soort", d.soort],
  ].filter(([, w]) => w);
  return rijen.length === 0 ? null : el("dl", { class: "bron-gegevens" }, rijen.map(([k, w]) => el("div", {}, el("dt", {}, k), el("dd", {}, w))));
}

export function toonBronnen(app, houder) {
  const uitCatalogus = catalogus(app.kader);
  const documenten = uitCatalogus.length > 0
    ? uitCatalogus
    : Object.entries(app.teksten.documenten ?? {}).map(([nummer, titel]) => ({ document: `${nummer}_`, titel, nummer }));
  vervang(houder,
    el("p", { class: "terug" }, el("a", { class: "utrecht-link", href: "#/" }, "Terug naar het overzicht")),
    el("h1", { class: "utrecht-heading-1", tabindex: "-1" }, "Bronnen van het afwegingskader"),
    el("p", { class: "utrecht-paragraph" },
      "De vragen, de regels en hun ernst steunen op deze onderzoeken naar ambtelijke fusies. Bij elke bevinding en elke vraag staat welk document en welk hoofdstuk de regel onderbouwt."),
    el("ol", { class: "bronnenlijst" }, documenten.map((d) => el("li", { class: "bronnenlijst-item", id: ankerVan(d), tabindex: "-1" },
      el("h2", { class: "utrecht-heading-3" }, d.titel),
      d.ondertitel ? el("p", { class: "utrecht-paragraph bron-ondertitel" }, d.ondertitel) : null,
      gegevens(d),
      d.toelichting ? el("p", { class: "utrecht-paragraph" }, d.toelichting) : null,
      Array.isArray(d.indeling) && d.indeling.length > 0
        ? el("details", { class: "bron-indeling" }, el("summary", {}, `Inhoud (${d.indeling.length} hoofdstukken en paragrafen)`),
          el("ul", { class: "utrecht-unordered-list" }, d.indeling.map((deel) => el("li", { class: `utrecht-unordered-list__item niveau-${(deel.nummer ?? "").split(".").length}` }, deelNaam(deel)))))
        : null))));
  return "Bronnen van het afwegingskader";
}
