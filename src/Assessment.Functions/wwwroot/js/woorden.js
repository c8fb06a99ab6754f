// Words for the codes of an Afweging: the verdicts, the statuses of a finding, and an answer as people say it.
// Colour never carries meaning alone: every sign has its word.

import { nlGetal } from "./dom.js";

export const OORDELEN = {
  positief: { woord: "Positief", teken: "✓", betekenis: "Het voorstel voldoet aan de condities van het afwegingskader." },
  positief_onder_voorwaarden: { woord: "Positief onder voorwaarden", teken: "✓", betekenis: "Het voorstel kan doorgaan als de voorwaarden hieronder zijn vervuld." },
  heroverwegen: { woord: "Heroverwegen", teken: "✗", betekenis: "Aan een voorwaarde die de bronnen blokkerend noemen is niet voldaan, er zijn te veel faalfactoren tegelijk, of de meerwaarde is niet overtuigend. Heroverweeg het voorstel of los dit eerst op." },
  onvoldoende_informatie: { woord: "Onvoldoende informatie", teken: "?", betekenis: "Van een blokkerende voorwaarde, van de meerwaarde of van te veel sleutelvragen is het antwoord nog onbekend; het oordeel kan dan ook 'heroverwegen' zijn. Vul de ontbrekende gegevens aan." },
};

export const STATUSSEN = {
  voldaan: { woord: "Voldaan", teken: "✓" },
  niet_voldaan: { woord: "Niet voldaan", teken: "✗" },
  onbekend: { woord: "Onbekend", teken: "?" },
  niet_van_toepassing: { woord: "Niet van toepassing", teken: "–" },
};

/** A verdict in running text: "positief onder voorwaarden". */
export function oordeelInTekst(code) {
  return OORDELEN[code]?.woord.toLowerCase() ?? String(code ?? "").replaceAll("_", " ");
}

/** The field of the rules' notation for a JSON path of the engine: "$.gemeenten[1].urgentie" → "gemeenten[].urgentie". */
export function veldVanPad(pad) {
  return String(pad ?? "").replace(/^\$\.?/, "").replace(/\[\d*\]/g, "[]");
}

/**
 * An answer in words: null → "onbekend", true/false → "ja"/"nee", a number the Dutch way, a code by the rule
 * set's word for it (keuzes: GET /api/v1/afwegingskader → keuzes), a list of codes joined ("geen" when empty).
 */
export function waardeInWoorden(waarde, pad, keuzes) {
  if (waarde === null || waarde === undefined) return "onbekend";
  if (waarde === true) return "ja";
  if (waarde === false) return "nee";
  if (typeof waarde === "number") return nlGetal(waarde);
  if (Array.isArray(waarde)) return waarde.length === 0 ? "geen" : waarde.map((w) => waardeInWoorden(w, pad, keuzes)).join(", ");
  if (typeof waarde === "string") return keuzes?.[veldVanPad(pad)]?.[waarde] ?? waarde.replaceAll("_", " ");
  return JSON.stringify(waarde);
}
