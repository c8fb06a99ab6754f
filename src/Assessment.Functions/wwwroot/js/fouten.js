// The error summary (as in the GOV.UK and NL Design System patterns): a heading, then every problem as a link to
// the field it is about. It takes the focus when shown, so a screen reader reads it first.

import { el } from "./dom.js";

/**
 * items: [{ tekst, doel }] — doel "#/stap/…?vraag=id" is an address of another view; "#id" a field on this view
 * (focused without changing the address); null leaves the problem as text.
 */
export function foutoverzicht(titel, items, id = "foutoverzicht-inhoud") {
  const kopId = `${id}-kop`;
  return el("div", { class: "utrecht-alert utrecht-alert--error foutoverzicht", id, tabindex: "-1", "aria-labelledby": kopId },
    el("div", { class: "utrecht-alert__content" },
      el("h2", { class: "utrecht-heading-2", id: kopId }, `${titel} (${items.length} ${items.length === 1 ? "punt" : "punten"})`),
      el("ul", { class: "utrecht-unordered-list" }, items.map((f) => el("li", { class: "utrecht-unordered-list__item" }, f.doel
        ? el("a", {
          class: "utrecht-link",
          href: f.doel,
          onclick: f.doel.startsWith("#/") ? null : (e) => {
            e.preventDefault();
            const doel = document.getElementById(f.doel.slice(1));
            doel?.closest("details")?.setAttribute("open", "");
            doel?.scrollIntoView({ block: "center" });
            doel?.focus();
          },
        }, f.tekst)
        : f.tekst)))));
}
