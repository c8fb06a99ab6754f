// The result, in the order people act on it: the verdict, then what to do (what must change with its routes, what
// the open questions can still change, the conditions — most severe first, in plain Dutch without rule codes), then
// the findings with failures and unknowns first and the met ones folded away, the missing answers, the scores and
// the variants. Sources by title, linked to the source page. Colour never carries meaning alone.

import { el, nlGetal, vervang } from "./dom.js";
import { OORDELEN, STATUSSEN } from "./woorden.js";
import { watMoetErVeranderen } from "./veranderen.js";
import { bandbreedte } from "./bandbreedte.js";
import { bronLinks } from "./bronnen.js";
import { pointer } from "./model.js";
import { API } from "./app.js";
import { download, slug } from "./dom.js";

const DIMENSIES = [
  ["publiekeWaarde", "publieke_waarde"],
  ["legitimiteit", "legitimiteit"],
  ["organisatieEnBesturing", "organisatie_en_besturing"],
];

/** From most to least severe; a condition of an unknown severity comes last. */
const ERNST = ["blokkerend", "kritiek", "belangrijk", "advies", "informatie"];
const ernstRang = (e) => (ERNST.includes(e) ? ERNST.indexOf(e) : ERNST.length);
const ERNSTWOORD = { blokkerend: "Blokkerend", kritiek: "Kritiek", belangrijk: "Belangrijk", advies: "Advies", informatie: "Ter informatie" };

const score = (s) => (s === null || s === undefined ? "geen score" : `${s} van 100`);

export function toonUitkomst(app, houder) {
  const bewaard = app.uitkomst();
  if (!bewaard) {
    vervang(houder,
      el("h1", { class: "utrecht-heading-1", tabindex: "-1" }, "Nog geen uitkomst"),
      el("p", { class: "utrecht-paragraph" }, "Uw antwoorden zijn gewijzigd sinds de laatste beoordeling, of het voorstel is nog niet beoordeeld. ",
        el("a", { class: "utrecht-link", href: "#/controleer" }, "Controleer uw antwoorden en laat het voorstel beoordelen"), "."));
    return "Nog geen uitkomst";
  }
  const { afweging, voorstel } = bewaard;
  const kader = app.kader;
  const regelTitel = (regel) => afweging.voorwaarden.find((v) => v.regel === regel)?.titel
    ?? afweging.bevindingen.find((b) => b.regel === regel)?.titel ?? null;
  const advies = { keuzes: kader?.keuzes, vindVraag: (pad) => adresVanPad(app, pad), regelTitel };
  const oordeel = OORDELEN[afweging.oordeel] ?? { woord: afweging.oordeel, teken: "", betekenis: "" };
  const dimensieTitel = (code) => kader?.dimensies?.find((d) => d.code === code)?.titel ?? code.replaceAll("_", " ");
  const subTitel = new Map(afweging.hoofdvlakken.flatMap((h) => h.subafwegingen.map((s) => [s.code, `${h.titel}: ${s.titel}`])));

  const pdfStatus = el("p", { class: "utrecht-paragraph pdf-status", role: "status", id: "pdf-status" });
  const pdfKnop = el("button", { type: "button", class: "utrecht-button utrecht-button--secondary-action", id: "pdf-downloaden", onclick: () => pdf(voorstel, pdfKnop, pdfStatus) },
    "Download het rapport (PDF)");

  const voorwaarden = [...afweging.voorwaarden].map((v, i) => ({ ...v, i })).sort((a, b) => ernstRang(a.ernst) - ernstRang(b.ernst) || a.i - b.i);
  // Per status, the most severe first (in rule order within a severity).
  const perStatus = (st) => afweging.bevindingen.map((b, i) => ({ ...b, i })).filter((b) => b.status === st)
    .sort((a, b) => ernstRang(a.ernst) - ernstRang(b.ernst) || a.i - b.i);

  vervang(houder,
    el("p", { class: "terug" }, el("a", { class: "utrecht-link", href: "#/controleer" }, "Terug naar uw antwoorden")),
    el("h1", { class: "utrecht-heading-1", id: "resultaat-kop", tabindex: "-1" }, "Uitkomst van de zelftoets"),
    el("p", { class: "utrecht-paragraph titel-voorstel" }, afweging.titel),
    el("div", { class: `oordeel oordeel-${afweging.oordeel}`, id: "oordeel" },
      el("p", { class: "oordeel-regel" },
        el("span", { class: "oordeel-teken", "aria-hidden": "true" }, oordeel.teken),
        el("strong", { class: "oordeel-woord" }, `Oordeel: ${oordeel.woord}`)),
      el("p", { class: "utrecht-paragraph oordeel-betekenis" }, oordeel.betekenis),
      el("p", { class: "utrecht-paragraph" }, afweging.oordeelToelichting)),
    el("div", { class: "acties" }, pdfKnop, pdfStatus),

    el("section", { id: "takenlijst", class: "takenlijst-blok", "aria-labelledby": "takenlijst-kop" },
      el("h2", { class: "utrecht-heading-2", id: "takenlijst-kop" }, afweging.voorwaardenKop || "Wat moet er gebeuren"),
      watMoetErVeranderen(afweging, advies),
      bandbreedte(afweging, advies),
      el("section", { class: "advies-blok", id: "voorwaarden-blok", "aria-labelledby": "voorwaarden-kop" },
        el("h3", { class: "utrecht-heading-3", id: "voorwaarden-kop" }, "Voorwaarden"),
        voorwaarden.length === 0
          ? el("p", { class: "utrecht-paragraph" }, "Het afwegingskader stelt geen voorwaarden.")
          : [
            el("p", { class: "utrecht-paragraph hint" }, "De zwaarste voorwaarden staan bovenaan. Vink af wat geregeld is; dat blijft in deze browser bewaard."),
            el("ul", { class: "voorwaardenlijst", id: "voorwaarden" }, voorwaarden.map((v, i) => {
              const id = `taak-${i}`;
              return el("li", { class: `voorwaarde ernst-${v.ernst}` },
                el("div", { class: "utrecht-form-field utrecht-form-field--checkbox" },
                  el("p", { class: "utrecht-form-field__label" },
                    el("label", { class: "utrecht-form-label utrecht-form-label--checkbox", for: id },
                      el("span", { class: "ernst" }, `${ERNSTWOORD[v.ernst] ?? v.ernst}: `), v.tekst)),
                  el("div", { class: "utrecht-form-field__input" },
                    el("input", {
                      type: "checkbox",
                      class: "utrecht-checkbox utrecht-checkbox--html-input",
                      id,
                      checked: app.afgevinkt.has(v.regel),
                      onchange: (e) => {
                        if (e.target.checked) app.afgevinkt.add(v.regel);
                        else app.afgevinkt.delete(v.regel);
                        app.bewaar();
                      },
                    }))));
            })),
          ])),

    el("section", { id: "bevindingen", "aria-labelledby": "bevindingen-kop" },
      el("h2", { class: "utrecht-heading-2", id: "bevindingen-kop" }, "Bevindingen"),
      el("p", { class: "utrecht-paragraph" }, `${afweging.bevindingen.length} regels van het kader: `,
        Object.keys(STATUSSEN).map((st) => [st, perStatus(st).length]).filter(([, n]) => n > 0)
          .map(([st, n]) => `${n} ${STATUSSEN[st].woord.toLowerCase()}`).join(", "), "."),
      ["niet_voldaan", "onbekend"].map((st) => perStatus(st).length === 0 ? null : [
        el("h3", { class: "utrecht-heading-3", id: `kop-${st}` }, `${STATUSSEN[st].woord} (${perStatus(st).length})`),
        el("ul", { class: "bevindingen", "aria-labelledby": `kop-${st}` }, perStatus(st).map((b) => bevinding(b, app, subTitel))),
      ]),
      ["voldaan", "niet_van_toepassing"].map((st) => perStatus(st).length === 0 ? null
        : el("details", { class: "bevindingen-ingeklapt", id: `bevindingen-${st}` },
          el("summary", {}, `${STATUSSEN[st].woord} (${perStatus(st).length})`),
          el("ul", { class: "bevindingen" }, perStatus(st).map((b) => bevinding(b, app, subTitel)))))),

    el("section", { "aria-labelledby": "ontbrekend-kop" },
      el("h2", { class: "utrecht-heading-2", id: "ontbrekend-kop" }, "Ontbrekende gegevens"),
      afweging.ontbrekendeGegevens.length === 0
        ? el("p", { class: "utrecht-paragraph" }, "Alle vragen die de regels stellen zijn beantwoord.")
        : [
          el("p", { class: "utrecht-paragraph" }, `Van ${afweging.ontbrekendeGegevens.length} gegevens is het antwoord onbekend. Vul ze aan voor een vollediger oordeel.`),
          el("ul", { class: "ontbrekend" }, afweging.ontbrekendeGegevens.map((o) => {
            const adres = adresVanPad(app, o.veld);
            return el("li", {},
              adres ? el("a", { class: "utrecht-link", href: adres }, o.vraag) : o.vraag,
              el("span", { class: "hint" }, ` — telt mee in ${o.regels.length} ${o.regels.length === 1 ? "regel" : "regels"}`));
          })),
        ]),

    el("section", { "aria-labelledby": "scores-kop" },
      el("h2", { class: "utrecht-heading-2", id: "scores-kop" }, "Scores"),
      el("dl", { class: "kerncijfers" },
        el("div", {}, el("dt", {}, "Totaalscore"), el("dd", {}, score(afweging.score))),
        el("div", {}, el("dt", {}, "Voldaan"), el("dd", {}, `${afweging.vervulling}% van het gewicht van de regels`)),
        el("div", {}, el("dt", {}, "Beantwoord"), el("dd", {}, `${afweging.dekking}% van de vragen die de regels stellen`)),
        el("div", {}, el("dt", {}, "Regelset"), el("dd", {}, `versie ${afweging.regelset.versie}`))),
      el("p", { class: "utrecht-paragraph score-toelichting" }, afweging.scoreToelichting),
      scoretabel("Score per hoofdvlak en deelafweging", afweging.hoofdvlakken.flatMap((h) => [
        { naam: h.titel, score: h.score, niveau: 1 },
        ...h.subafwegingen.map((s) => ({ naam: s.titel, score: s.score, niveau: 2 })),
      ])),
      scoretabel("Score per domein van publieke waarde", DIMENSIES.map(([sleutel, code]) => ({ naam: dimensieTitel(code), score: afweging.publiekeWaarde[sleutel], niveau: 1 })))),

    el("section", { "aria-labelledby": "varianten-kop" },
      el("h2", { class: "utrecht-heading-2", id: "varianten-kop" }, "Varianten naast elkaar"),
      el("p", { class: "utrecht-paragraph" }, "Hoe scoort hetzelfde voorstel in een andere vorm?"),
      el("ul", { class: "varianten" }, afweging.varianten.map((v) => el("li", { class: `variant${v.voorgesteld ? " voorgesteld" : ""}` },
        el("p", { class: "variant-naam" }, el("strong", {}, vormNaam(kader, v.vorm)), v.voorgesteld ? " (voorgesteld)" : null),
        el("dl", { class: "variant-cijfers" },
          el("div", {}, el("dt", {}, "Score"), el("dd", {}, score(v.score))),
          el("div", {}, el("dt", {}, "Oordeel"), el("dd", {}, OORDELEN[v.oordeel]?.woord ?? v.oordeel)),
          el("div", {}, el("dt", {}, "Voorwaarden"), el("dd", {}, String(v.aantalVoorwaarden))))))),
      (afweging.vergelijkingen ?? []).map((v) => el("div", { class: "vergelijking" },
        el("h3", { class: "utrecht-heading-3" }, "Vergelijking van twee vormen"),
        el("p", { class: "utrecht-paragraph vergelijking-vraag" }, v.vraag),
        el("p", { class: "utrecht-paragraph" }, el("strong", {}, v.conclusie)),
        el("p", { class: "utrecht-paragraph" }, v.toelichting)))),

    afweging.aanbevelingen.length > 0 ? el("section", { "aria-labelledby": "aanbevelingen-kop" },
      el("h2", { class: "utrecht-heading-2", id: "aanbevelingen-kop" }, "Aanbevelingen"),
      el("ul", { class: "aanbevelingen" }, afweging.aanbevelingen.map((a) => el("li", {},
        el("p", { class: "utrecht-paragraph" }, el("strong", {}, `Aan de ${a.aan}: `), a.tekst),
        bronLinks(a.bronnen, app))))) : null,
    el("p", { class: "utrecht-paragraph hint" }, `Kenmerk invoer: ${afweging.invoerHash}. Deze zelftoets is niet bewaard; alleen u hebt de uitkomst.`));
  return `Uitkomst: ${oordeel.woord}`;
}

function vormNaam(kader, vorm) {
  if (vorm === "herindeling") return "Herindeling (ter vergelijking)";
  return kader?.keuzes?.["samenwerking.vorm"]?.[vorm] ?? vorm.replaceAll("_", " ");
}

function bevinding(b, app, subTitel) {
  const status = STATUSSEN[b.status] ?? { woord: b.status, teken: "" };
  return el("li", { class: `bevinding status-${b.status}` },
    el("p", { class: "bevinding-titel" },
      el("span", { class: "status" }, el("span", { class: "status-teken", "aria-hidden": "true" }, status.teken), ` ${status.woord}: `),
      el("strong", {}, b.titel)),
    el("p", { class: "utrecht-paragraph bevinding-plaats" }, subTitel.get(b.subafweging) ?? "", b.ernst ? ` · ${ERNSTWOORD[b.ernst] ?? b.ernst}` : ""),
    el("p", { class: "utrecht-paragraph" }, b.toelichting),
    bronLinks(b.bronnen, app));
}

/** A bar chart that is a list: the name, the number in words, and a bar that repeats it. */
function scoretabel(titel, rijen) {
  return el("figure", { class: "scores" },
    el("figcaption", { class: "scores-titel" }, titel),
    el("ul", { class: "scorelijst" }, rijen.map((r) => el("li", { class: `niveau-${r.niveau}` },
      el("span", { class: "score-naam" }, r.naam),
      el("span", { class: "score-getal" }, r.score === null || r.score === undefined ? "geen score" : `${nlGetal(r.score)} van 100`),
      el("span", { class: "staaf-houder", "aria-hidden": "true" }, staaf(r.score))))));
}

function staaf(s) {
  const leeg = s === null || s === undefined;
  const e = el("span", { class: leeg ? "staaf staaf-leeg" : "staaf" });
  e.style.width = leeg ? "100%" : `${Math.max(0, Math.min(100, s))}%`; // CSSOM, allowed by the page's CSP
  return e;
}

/**
 * The address of the question for a JSON path of the engine ("$.gemeenten[1].urgentie", or "gemeenten[].inwoners"
 * for the first municipality), or null when no step asks it.
 */
export function adresVanPad(app, jsonPad) {
  const tekst = String(jsonPad ?? "").replace(/^\$\.?/, "");
  const zonderIndex = tekst.includes("[]");
  const doel = pointer(tekst.replace(/\[(\d+)\]/g, ".$1").replace(/\[\]/g, ".0").split("."));
  for (const stap of app.stappen()) {
    const v = stap.vragen.find((x) => pointer(x.p) === doel || (zonderIndex && x.tekst.veld === tekst));
    if (v) return `#/stap/${stap.id}?vraag=v-${v.p.join("-")}`;
  }
  return null;
}

async function pdf(voorstel, knop, status) {
  knop.disabled = true;
  status.textContent = "Het rapport wordt gemaakt…";
  try {
    const antwoord = await fetch(`${API}/zelftoetsen`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/pdf" },
      body: JSON.stringify(voorstel),
    });
    if (!antwoord.ok) throw new Error(String(antwoord.status));
    download(await antwoord.blob(), `afwegingskader-${slug(voorstel.titel)}.pdf`);
    status.textContent = "Het rapport is gedownload.";
  } catch {
    status.textContent = "Het rapport kon niet worden gemaakt. Probeer het opnieuw.";
  } finally {
    knop.disabled = false;
  }
}
