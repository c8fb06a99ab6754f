// Check your answers: every question that applies, per task and step, with its answer in words (or "Niet
// beantwoord"), the key questions marked, and a "Wijzig" link to the question. "Beoordeel het voorstel" checks the
// answers against the schema, warns first when key questions are unanswered, and then asks the API.

import { el, vervang } from "./dom.js";
import { valideer, schemaVan } from "./schema.js";
import { idVan, isBeantwoord, lees, naamVanGemeente, pointer } from "./model.js";
import { waardeInWoorden } from "./woorden.js";
import { foutoverzicht } from "./fouten.js";
import { statusBadge } from "./start.js";
import { API } from "./app.js";

export function toonControle(app, houder) {
  const taken = app.taken();
  const vragen = taken.flatMap((t) => t.stappen.flatMap((s) => s.vragen.map((v) => ({ ...v, stap: s }))));
  const open = vragen.filter((v) => !isBeantwoord(app.voorstel, v.p));
  const openSleutel = open.filter((v) => app.sleutel.has(v.tekst.veld));
  const naam = (v) => `${schemaVan(app.schema, v.tekst.veld)?.title ?? v.tekst.veld}${v.p[0] === "gemeenten" ? ` (${naamVanGemeente(app.voorstel, v.p[1])})` : ""}`;
  const wijzigAdres = (v) => `#/stap/${v.stap.id}?vraag=${encodeURIComponent(focusId(v.p))}`;

  const meldingen = el("div", { id: "controle-meldingen" });
  const knop = el("button", { type: "button", class: "utrecht-button utrecht-button--primary-action", id: "beoordeel", onclick: () => beoordeel(false) }, "Beoordeel het voorstel");
  const status = el("p", { class: "utrecht-paragraph", role: "status", id: "beoordeel-status" });

  async function beoordeel(ondanksOpen) {
    const voorstel = app.teVersturen();
    const fouten = valideer(app.schema, voorstel);
    if (fouten.length > 0) {
      toonFouten(fouten, "Eerst moeten deze antwoorden kloppen");
      return;
    }
    if (openSleutel.length > 0 && !ondanksOpen) {
      waarschuw();
      return;
    }
    knop.disabled = true;
    knop.setAttribute("aria-busy", "true");
    status.textContent = "Het voorstel wordt beoordeeld…";
    try {
      const antwoord = await fetch(`${API}/zelftoetsen`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(voorstel),
      });
      const inhoud = await antwoord.json().catch(() => null);
      if (antwoord.ok && inhoud) {
        app.bewaarUitkomst(inhoud, voorstel);
        app.ga("#/uitkomst");
        return;
      }
      status.textContent = "";
      if (inhoud?.errors?.length) toonFouten(inhoud.errors, inhoud.title ?? "De dienst heeft het voorstel niet aangenomen");
      else toonFouten([{ detail: inhoud?.detail ?? `De dienst antwoordde met status ${antwoord.status}. Probeer het later opnieuw.` }], inhoud?.title ?? "Beoordelen lukte niet");
    } catch {
      status.textContent = "";
      toonFouten([{ detail: "De dienst is nu niet bereikbaar. Uw antwoorden zijn bewaard; probeer het over een ogenblik opnieuw." }], "Beoordelen lukte niet");
    } finally {
      knop.disabled = false;
      knop.removeAttribute("aria-busy");
    }
  }

  function toonFouten(fouten, titel) {
    const items = fouten.map((f) => {
      const v = vragen.find((x) => f.location === pointer(x.p) || f.location?.startsWith(`${pointer(x.p)}/`));
      const lijst = f.location === "#/gemeenten" || f.location?.match(/^#\/gemeenten\/\d+$/);
      return { tekst: f.detail, doel: v ? wijzigAdres(v) : lijst ? "#/stap/gemeenten/lijst" : null };
    });
    vervang(meldingen, foutoverzicht(titel, items));
    meldingen.firstChild.focus();
  }

  function waarschuw() {
    const kopId = "sleutel-waarschuwing-kop";
    vervang(meldingen, el("div", { class: "utrecht-alert utrecht-alert--warning", id: "sleutel-waarschuwing", tabindex: "-1", "aria-labelledby": kopId },
      el("div", { class: "utrecht-alert__content" },
        el("h2", { class: "utrecht-heading-2", id: kopId }, `${openSleutel.length} ${openSleutel.length === 1 ? "sleutelvraag is" : "sleutelvragen zijn"} nog niet beantwoord`),
        el("p", { class: "utrecht-paragraph" }, "Zonder deze antwoorden is het oordeel waarschijnlijk 'onvoldoende informatie'. Beantwoord ze als u kunt; kies 'Weet ik niet' als het antwoord echt niet bekend is."),
        el("ul", { class: "utrecht-unordered-list" }, openSleutel.map((v) => el("li", { class: "utrecht-unordered-list__item" }, el("a", { class: "utrecht-link", href: wijzigAdres(v) }, naam(v))))),
        el("div", { class: "utrecht-button-group" },
          el("button", { type: "button", class: "utrecht-button utrecht-button--secondary-action", id: "toch-beoordelen", onclick: () => beoordeel(true) }, "Toch beoordelen")))));
    meldingen.firstChild.focus();
  }

  vervang(houder,
    el("p", { class: "terug" }, el("a", { class: "utrecht-link", href: "#/" }, "Terug naar het overzicht")),
    el("h1", { class: "utrecht-heading-1", tabindex: "-1", id: "controle-kop" }, "Controleer uw antwoorden"),
    el("p", { class: "utrecht-paragraph", id: "controle-telling" },
      `U hebt ${vragen.length - open.length} van de ${vragen.length} vragen beantwoord.`,
      open.length > 0 ? ` ${open.length} ${open.length === 1 ? "vraag is" : "vragen zijn"} nog open` : "",
      open.length > 0 && openSleutel.length > 0 ? `, waarvan ${openSleutel.length} ${openSleutel.length === 1 ? "sleutelvraag" : "sleutelvragen"}.` : open.length > 0 ? "." : ""),
    meldingen,
    taken.map((t) => el("section", { class: "controle-taak", "aria-labelledby": `controle-${t.id}` },
      el("h2", { class: "utrecht-heading-2 controle-taak-kop", id: `controle-${t.id}` }, t.titel, " ", statusBadge(t.status.code)),
      t.stappen.map((s) => s.soort === "gemeentelijst"
        ? el("dl", { class: "antwoorden" }, rij(
          "Deelnemende gemeenten",
          app.voorstel.gemeenten.map((_, i) => naamVanGemeente(app.voorstel, i)).join(", "),
          "#/stap/gemeenten/lijst", "de deelnemende gemeenten", false, false))
        : [
          s.titel !== t.titel ? el("h3", { class: "utrecht-heading-3" }, s.titel) : null,
          el("dl", { class: "antwoorden" }, s.vragen.map((v) => {
            const beantwoord = isBeantwoord(app.voorstel, v.p);
            const waarde = lees(app.voorstel, v.p);
            const tekst = !beantwoord ? "Niet beantwoord" : waarde === null ? "Weet ik niet" : Array.isArray(waarde) && waarde.length === 0 ? "Geen van deze"
              : typeof waarde === "boolean" ? (waarde ? "Ja" : "Nee")
              : schemaVan(app.schema, v.tekst.veld)?.format === "date" ? datum(waarde) : waardeInWoorden(waarde, v.tekst.veld, app.kader.keuzes);
            return rij(naam(v), tekst, `#/stap/${s.id}?vraag=${encodeURIComponent(focusId(v.p))}`, naam(v), !beantwoord, app.sleutel.has(v.tekst.veld), `antwoord-${idVan(v.p)}`);
          })),
        ]))),
    el("h2", { class: "utrecht-heading-2" }, "Laat het voorstel beoordelen"),
    el("p", { class: "utrecht-paragraph" }, "Het voorstel wordt beoordeeld en niet bewaard. Alleen u ziet de uitkomst."),
    el("div", { class: "utrecht-button-group" }, knop),
    status);
  return "Controleer uw antwoorden";
}

function rij(vraag, antwoord, adres, naam, open, sleutel, id = null) {
  return el("div", { class: `antwoord-rij${open ? " antwoord-open" : ""}`, id },
    el("dt", {}, vraag, sleutel ? [" ", el("span", { class: "utrecht-status-badge utrecht-status-badge--warning" }, "Sleutelvraag")] : null),
    el("dd", { class: "antwoord" }, open ? el("strong", {}, antwoord) : antwoord),
    el("dd", { class: "antwoord-actie" }, el("a", { class: "utrecht-link", href: adres }, "Wijzig", el("span", { class: "visueel-verborgen" }, ` ${naam}`))));
}

/** "2028-01-01" → "1 januari 2028"; anything else as typed. */
function datum(tekst) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(tekst));
  if (!m) return String(tekst);
  return new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

/** The id of the control to focus for a question: a text field itself; a group of options its fieldset. */
function focusId(p) {
  return idVan(p);
}
