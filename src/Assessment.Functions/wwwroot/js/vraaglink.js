// A question named in the advice, as a link to its step in the questionnaire when a step asks it.

import { el } from "./dom.js";

/**
 * vraag: the question's Dutch text; pad: its JSON path ("$.gemeenten[1].urgentie"); vindVraag(pad) gives the
 * address of the step with the question focused ("#/stap/…?vraag=…"), or null. Without a place, plain text.
 */
export function vraagLink(vraag, pad, { vindVraag }) {
  const adres = vindVraag?.(pad);
  if (!adres) return el("span", { class: "vraag-tekst" }, vraag);
  return el("a", { href: adres, class: "utrecht-link vraag-link" }, vraag);
}
