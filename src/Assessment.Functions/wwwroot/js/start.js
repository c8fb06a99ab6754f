// The start page: what the zelftoets is, the task list (one task per group, each with its status), the last task
// "Controleren en beoordelen", and the draft: download it as a file, load one, or start again (with confirmation).

import { download, el, slug, vervang } from "./dom.js";
import { STATUSWOORDEN, nieuwVoorstel, status } from "./model.js";

const BADGE = { niet_begonnen: "neutral", bezig: "warning", klaar: "success" };

export function statusBadge(code, id) {
  return el("span", { class: `utrecht-status-badge utrecht-status-badge--${BADGE[code]} taakstatus taakstatus-${code}`, id }, STATUSWOORDEN[code]);
}

export function toonStart(app, houder) {
  const taken = app.taken();
  const alle = status(taken.flatMap((t) => t.stappen.flatMap((s) => s.vragen)), app.voorstel);
  const klaar = taken.filter((t) => t.status.code === "klaar").length;

  vervang(houder,
    el("h1", { class: "utrecht-heading-1", tabindex: "-1", id: "start-kop" }, "Zelftoets ambtelijke fusie"),
    el("p", { class: "utrecht-paragraph utrecht-paragraph--lead" },
      "Bereidt uw gemeente een raadsbesluit over een ambtelijke fusie voor? Beantwoord de vragen per onderdeel. Daarna ziet u hoe het afwegingskader het voorstel beoordeelt, wat er vóór het raadsbesluit moet gebeuren, en kunt u het rapport (PDF) voor de raad downloaden."),
    el("p", { class: "utrecht-paragraph" },
      "Weet u een antwoord niet, kies dan ", el("strong", {}, "Weet ik niet"),
      ". Een open vraag en 'Weet ik niet' rekent het kader allebei als onbekend, nooit als 'nee'; zes sleutelvragen zijn nodig voor een oordeel. Uw antwoorden blijven in deze browser bewaard."),

    el("h2", { class: "utrecht-heading-2", id: "taken-kop" }, "Onderdelen"),
    el("p", { class: "utrecht-paragraph", id: "voortgang" },
      `U hebt ${klaar} van de ${taken.length} onderdelen afgerond en ${alle.beantwoord} van de ${alle.totaal} vragen beantwoord.`),
    el("ol", { class: "takenlijst", "aria-labelledby": "taken-kop" },
      taken.map((t, i) => {
        const statusId = `taak-status-${t.id}`;
        return el("li", { class: "taak" },
          el("span", { class: "taak-nummer", "aria-hidden": "true" }, `${i + 1}.`),
          el("span", { class: "taak-naam" },
            el("a", { class: "utrecht-link", href: `#/stap/${t.stappen[0].id}`, id: `taak-${t.id}`, "aria-describedby": statusId }, t.titel),
            t.status.code === "bezig" ? el("span", { class: "taak-telling" }, ` ${t.status.beantwoord} van ${t.status.totaal} vragen beantwoord`) : null),
          statusBadge(t.status.code, statusId));
      }),
      el("li", { class: "taak taak-controle" },
        el("span", { class: "taak-nummer", "aria-hidden": "true" }, `${taken.length + 1}.`),
        el("span", { class: "taak-naam" }, el("a", { class: "utrecht-link", href: "#/controleer", id: "taak-controleer" }, "Controleren en beoordelen")),
        el("span", { class: "taak-uitleg" }, "Bekijk uw antwoorden en laat het voorstel beoordelen."))),

    concept(app));
  return "Onderdelen";
}

/** The draft: download, load (with undo), start again (asks first). */
function concept(app) {
  const invoer = el("input", { type: "file", id: "concept-laden", accept: ".json,application/json", class: "bestand-invoer", onchange: (e) => laad(app, e.target) });
  const bevestiging = el("div", { id: "opnieuw-bevestiging", class: "utrecht-alert utrecht-alert--warning bevestiging", hidden: true, role: "group", "aria-labelledby": "opnieuw-vraag", tabindex: "-1" },
    el("div", { class: "utrecht-alert__content" },
      el("p", { class: "utrecht-paragraph", id: "opnieuw-vraag" }, el("strong", {}, "Alle antwoorden wissen en opnieuw beginnen?"), " Download eerst het concept als u de antwoorden wilt bewaren."),
      el("div", { class: "utrecht-button-group" },
        el("button", {
          type: "button",
          class: "utrecht-button utrecht-button--primary-action",
          id: "opnieuw-ja",
          onclick: () => app.vervangVoorstel(nieuwVoorstel(), "Alle antwoorden zijn gewist. U begint opnieuw."),
        }, "Ja, wis alle antwoorden"),
        el("button", {
          type: "button",
          class: "utrecht-button utrecht-button--secondary-action",
          id: "opnieuw-nee",
          onclick: () => {
            bevestiging.hidden = true;
            document.getElementById("opnieuw")?.focus();
          },
        }, "Nee, behoud mijn antwoorden"))));
  return el("section", { class: "concept", "aria-labelledby": "concept-kop" },
    el("h2", { class: "utrecht-heading-2", id: "concept-kop" }, "Uw concept"),
    el("p", { class: "utrecht-paragraph" }, "Download uw antwoorden als bestand om later of op een andere computer verder te gaan, of om ze met collega's te delen. Een geladen bestand vervangt de antwoorden hier; dat kunt u ongedaan maken."),
    el("div", { class: "utrecht-button-group concept-acties" },
      el("button", { type: "button", class: "utrecht-button utrecht-button--secondary-action", id: "concept-downloaden", onclick: () => downloadConcept(app) }, "Concept downloaden"),
      invoer,
      el("label", { class: "utrecht-button utrecht-button--secondary-action bestand-label", for: "concept-laden" }, "Concept laden"),
      el("button", {
        type: "button",
        class: "utrecht-button utrecht-button--subtle",
        id: "opnieuw",
        onclick: () => {
          bevestiging.hidden = false;
          bevestiging.focus();
        },
      }, "Begin opnieuw")),
    bevestiging);
}

function downloadConcept(app) {
  const voorstel = app.voorstel;
  download(new Blob([`${JSON.stringify(voorstel, null, 2)}\n`], { type: "application/json" }), `concept-${slug(voorstel.titel)}.json`);
  app.meld("Het concept is gedownload.");
}

async function laad(app, invoer) {
  const bestand = invoer.files?.[0];
  if (!bestand) return;
  try {
    const gelezen = JSON.parse(await bestand.text());
    if (!gelezen || typeof gelezen !== "object" || Array.isArray(gelezen)) throw new Error("geen object");
    app.vervangVoorstel(gelezen, `${bestand.name} is geladen en vervangt uw antwoorden.`);
  } catch {
    app.notitie(`${bestand.name} is geen voorstel in JSON; er is niets veranderd.`);
  } finally {
    invoer.value = "";
  }
}
