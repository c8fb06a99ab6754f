// A question named in the advice, as a link to its place in the questionnaire when the page has that question.

import { el } from "./dom.js";

/**
 * vraag: the question's Dutch text; pad: its JSON path ("$.gemeenten[1].urgentie"); vindVraag(pad) gives the
 * control in the questionnaire (or null), naarVraag(control) shows the questionnaire and moves the focus there.
 * Without a place to go to, the question is plain text.
 */
export function vraagLink(vraag, pad, { vindVraag, naarVraag }) {
  const doel = vindVraag?.(pad);
  if (!doel?.id) return el("span", { class: "vraag-tekst" }, vraag);
  return el("a", {
    href: `#${doel.id}`,
    class: "vraag-link",
    onclick: (e) => {
      e.preventDefault();
      naarVraag(doel);
    },
  }, vraag);
}
