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
    if (deel) return `${deel.nummer ? `hoofdstuk ${deel.nummer} ` : ""}${deel.titel}`.trim();
  }
  const genoemd = /hoofdstuk\s+([\d.]+)/i.exec(b.plaats ?? "");
  return genoemd ? `hoofdstuk ${genoemd[1]}` : null;
}

/** "Berenschot, Ambtelijke fusies …, hoofdstuk 8.5 Titel" — no line numbers. */
export function bronTekst(b, kader, teksten) {
  const doc = document(b, kader, teksten);
  const titel = doc?.titel ?? "een brondocument";
  const deel = hoofdstuk(b, doc);
  return deel ? `${titel}, ${deel}` : titel;
}

/** The anchor of a document on the source page: its number ("002_….txt" → "bron-002"), else its file name. */
export function ankerVan(b) {
  const naam = String(b.document ?? "");
  const nummer = /^(\d{3})_/.exec(naam);
  return `bron-${nummer ? nummer[1] : naam.replace(/\.[a-z]+$/i, "").replace(/[^A-Za-z0-9_-]/g, "")}`;
}

/** A list of sources as links to the source page. */
export function bronLinks(bronnen, app) {
  if (!bronnen?.length) return null;
  const uniek = [...new Map(bronnen.map((b) => [app.bron(b), b])).entries()];
  return el("p", { class: "utrecht-paragraph bron" }, uniek.length === 1 ? "Bron: " : "Bronnen: ",
    uniek.map(([tekst, b], i) => [i > 0 ? "; " : null, el("a", { class: "utrecht-link", href: `#/bronnen?vraag=${ankerVan(b)}` }, tekst)]));
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
      d.ondertitel ? el("p", { class: "utrecht-paragraph" }, d.ondertitel) : null,
      el("p", { class: "utrecht-paragraph bron-gegevens" }, [
        d.auteurs?.length ? d.auteurs.join(", ") : null,
        d.uitgever ?? null,
        d.jaar ? String(d.jaar) : null,
        d.soort ?? null,
      ].filter(Boolean).join(" · ") || null),
      Array.isArray(d.indeling) && d.indeling.length > 0
        ? el("details", {}, el("summary", {}, "Hoofdstukken"),
          el("ul", { class: "utrecht-unordered-list" }, d.indeling.map((deel) => el("li", { class: "utrecht-unordered-list__item" }, `${deel.nummer ?? ""} ${deel.titel}`.trim()))))
        : null))));
  return "Bronnen van het afwegingskader";
}
