// One step: a few questions of one task (for one municipality where they are asked per municipality). "Opslaan en
// verder" checks the answers of this step against the schema — errors in a summary that links to each field and
// next to the field — and goes on to the next step of the task, or back to the task list after the last one.

import { el, vervang } from "./dom.js";
import { valideer } from "./schema.js";
import { idVan, naamVanGemeente, pointer, status } from "./model.js";
import { maakVraag } from "./vraag.js";
import { foutoverzicht } from "./fouten.js";
import { bronLinks } from "./bronnen.js";

export function toonStap(app, houder, id) {
  const stappen = app.stappen();
  const index = stappen.findIndex((s) => s.id === id);
  if (index < 0) {
    vervang(houder,
      el("h1", { class: "utrecht-heading-1", tabindex: "-1" }, "Deze vraag is er niet (meer)"),
      el("p", { class: "utrecht-paragraph" }, "Door een ander antwoord is deze stap niet meer van toepassing, of het adres klopt niet. ",
        el("a", { class: "utrecht-link", href: "#/" }, "Ga naar het overzicht van de onderdelen"), "."));
    return "Deze vraag is er niet (meer)";
  }
  const stap = stappen[index];
  const vanTaak = stappen.filter((s) => s.taak === stap.taak);
  const nummer = vanTaak.indexOf(stap) + 1;
  const volgende = stappen[index + 1]?.taak === stap.taak ? `#/stap/${stappen[index + 1].id}` : "#/";
  const vorige = index > 0 ? `#/stap/${stappen[index - 1].id}` : "#/";

  const velden = new Map(); // pointer → { vraag, fout, bedieningen, focus }
  const ctx = {
    schema: app.schema,
    woorden: app.kader.keuzes,
    voorstel: app.voorstel,
    sleutel: app.sleutel,
    bronnen: (lijst) => bronLinks(lijst, app),
    wijzig: (p, w) => app.wijzig(p, w),
  };
  app.opWijziging = (p) => wisFout(velden, pointer(p));

  const overzicht = el("div", { id: "foutoverzicht", hidden: true });
  let inhoud;
  if (stap.soort === "gemeentelijst") {
    inhoud = gemeentelijst(app, velden);
  } else if (stap.perGemeente) {
    const perGemeente = new Map();
    for (const v of stap.vragen) {
      if (!perGemeente.has(v.gemeente)) perGemeente.set(v.gemeente, []);
      perGemeente.get(v.gemeente).push(v);
    }
    inhoud = [...perGemeente].map(([i, vragen]) => el("section", { class: "per-gemeente", "aria-labelledby": `kop-gemeente-${i}` },
      el("h2", { class: "utrecht-heading-2", id: `kop-gemeente-${i}` }, naamVanGemeente(app.voorstel, i)),
      vragen.map((v) => vraag(ctx, velden, v, naamVanGemeente(app.voorstel, i)))));
  } else {
    const naam = stap.gemeente === undefined ? null : naamVanGemeente(app.voorstel, stap.gemeente);
    inhoud = stap.vragen.map((v) => vraag(ctx, velden, v, naam));
  }

  const telling = status(stap.vragen, app.voorstel);
  const formulier = el("form", {
    id: "stapformulier",
    novalidate: true,
    "aria-labelledby": "stap-kop",
    onsubmit: (e) => {
      e.preventDefault();
      const fouten = foutenVanStap(app, stap, velden);
      if (fouten.length > 0) {
        toonFouten(velden, overzicht, fouten);
        return;
      }
      app.ga(volgende);
    },
  },
  inhoud,
  el("div", { class: "utrecht-button-group stap-knoppen" },
    el("button", { type: "submit", class: "utrecht-button utrecht-button--primary-action", id: "verder" },
      volgende === "#/" ? "Opslaan en terug naar het overzicht" : "Opslaan en verder"),
    el("a", { class: "utrecht-link stap-vorige", href: vorige, id: "vorige" }, "Vorige stap")));

  vervang(houder,
    el("p", { class: "terug" }, el("a", { class: "utrecht-link", href: "#/", id: "naar-overzicht" }, "Terug naar het overzicht")),
    el("p", { class: "stap-taak", id: "stap-taak" }, `${stap.taakTitel} · stap ${nummer} van ${vanTaak.length}`),
    el("h1", { class: "utrecht-heading-1", tabindex: "-1", id: "stap-kop", "aria-describedby": "stap-taak" }, stap.titel),
    stap.inleiding && nummer === 1 ? el("p", { class: "utrecht-paragraph inleiding" }, stap.inleiding) : null,
    stap.soort === "vragen" && telling.totaal > 1
      ? el("p", { class: "utrecht-paragraph stap-telling" }, `${telling.totaal} vragen. Beantwoord elke vraag; kies 'Weet ik niet' als u het antwoord niet weet.`)
      : null,
    overzicht,
    formulier);
  return stap.titel;
}

function vraag(ctx, velden, v, gemeenteNaam) {
  const gebouwd = maakVraag(ctx, v.tekst, v.p, gemeenteNaam);
  velden.set(pointer(v.p), { vraag: gebouwd.element, fout: gebouwd.fout, bedieningen: gebouwd.bedieningen, focus: gebouwd.focus });
  return gebouwd.element;
}

/** The list of municipalities: each with a link to its questions and a remove button (undo afterwards); add one. */
function gemeentelijst(app, velden) {
  const lijst = app.schema.properties.gemeenten;
  const minimum = lijst.minItems ?? 2;
  const maximum = lijst.maxItems ?? 50;
  const gemeenten = app.voorstel.gemeenten;
  const fout = el("p", { class: "utrecht-form-field-error-message", id: "fout-gemeenten", hidden: true });
  const houder = el("div", { class: "gemeenten", id: idVan(["gemeenten"]), tabindex: "-1" }, fout);
  velden.set("#/gemeenten", { vraag: houder, fout, bedieningen: [], focus: houder });
  houder.append(el("ol", { class: "gemeentelijst" }, gemeenten.map((g, i) => {
    const naam = naamVanGemeente(app.voorstel, i);
    const inwoners = Number.isInteger(g?.inwoners) ? `${new Intl.NumberFormat("nl-NL").format(g.inwoners)} inwoners` : "aantal inwoners nog niet ingevuld";
    return el("li", { class: "gemeentelijst-item", id: `gemeente-${i}` },
      el("span", { class: "gemeente-naam" }, el("strong", {}, naam), el("span", { class: "gemeente-inwoners" }, ` — ${inwoners}`)),
      el("span", { class: "gemeente-acties" },
        el("a", { class: "utrecht-link", href: `#/stap/gemeenten/${i}`, id: `wijzig-gemeente-${i}` }, "Wijzig", el("span", { class: "visueel-verborgen" }, ` ${naam}`)),
        gemeenten.length > minimum
          ? el("button", {
            type: "button",
            class: "utrecht-button utrecht-button--subtle verwijder",
            id: `verwijder-gemeente-${i}`,
            onclick: () => verwijder(app, i),
          }, "Verwijder", el("span", { class: "visueel-verborgen" }, ` ${naam}`))
          : null));
  })));
  if (gemeenten.length <= minimum) {
    houder.append(el("p", { class: "utrecht-paragraph hint" }, `Er doen minstens ${minimum} gemeenten mee; daarom kunt u er nu geen verwijderen.`));
  }
  if (gemeenten.length < maximum) {
    houder.append(el("button", {
      type: "button",
      class: "utrecht-button utrecht-button--secondary-action",
      id: "gemeente-toevoegen",
      onclick: () => {
        app.voorstel.gemeenten.push({});
        app.vergeetUitkomst();
        app.bewaar();
        app.ga(`#/stap/gemeenten/${app.voorstel.gemeenten.length - 1}`);
        app.meld(`Gemeente ${app.voorstel.gemeenten.length} toegevoegd.`);
      },
    }, "Gemeente toevoegen"));
  }
  return houder;
}

function verwijder(app, i) {
  const vorig = { voorstel: structuredClone(app.voorstel), afgevinkt: [...app.afgevinkt] };
  const naam = naamVanGemeente(app.voorstel, i);
  app.voorstel.gemeenten.splice(i, 1);
  app.vergeetUitkomst();
  app.bewaar();
  app.toon({ focus: false });
  app.notitie(`${naam} is verwijderd, met alle antwoorden over deze gemeente.`, vorig);
}

/** The schema's errors about the questions of this step (and the list of municipalities on its own step). */
function foutenVanStap(app, stap, velden) {
  const fouten = valideer(app.schema, app.teVersturen());
  const eigen = [...velden.keys()];
  return fouten.filter((f) => eigen.some((p) => f.location === p || (p !== "#/gemeenten" && f.location.startsWith(`${p}/`))));
}

function toonFouten(velden, overzicht, fouten) {
  for (const p of velden.keys()) wisFout(velden, p);
  const metDoel = fouten.map((f) => {
    const veld = velden.get(f.location) ?? [...velden].find(([p]) => f.location.startsWith(`${p}/`))?.[1];
    if (!veld) return { ...f, doel: null };
    veld.fout.hidden = false;
    veld.fout.append(el("span", { class: "visueel-verborgen" }, "Fout: "), f.detail, el("br"));
    veld.vraag.classList.add("heeft-fout");
    veld.bedieningen.forEach((b) => b.setAttribute("aria-invalid", "true"));
    return { ...f, doel: veld.focus.id };
  });
  vervang(overzicht, foutoverzicht("Controleer deze antwoorden", metDoel.map((f) => ({ tekst: f.detail, doel: f.doel ? `#${f.doel}` : null }))));
  overzicht.hidden = false;
  overzicht.querySelector("[tabindex]")?.focus();
}

function wisFout(velden, p) {
  const veld = velden.get(p);
  if (!veld) return;
  veld.fout.hidden = true;
  veld.fout.replaceChildren();
  veld.vraag.classList.remove("heeft-fout");
  veld.bedieningen.forEach((b) => b.removeAttribute("aria-invalid"));
}
