// The API documentation for integrators: the served OpenAPI document (GET /api/v1/openapi.json) rendered as a
// readable page with NL Design System components — the operations per tag with their parameters, request body,
// responses and security, then every schema with its fields. Nothing inline, nothing from elsewhere (strict CSP):
// every text is set as text, never parsed as markup.

import { el, vervang } from "/js/dom.js";

const DOCUMENT = "/api/v1/openapi.json";
const METHODEN = ["get", "post", "put", "patch", "delete"];

const $ = (id) => document.getElementById(id);
const schemaAnker = (naam) => `schema-${naam}`;
const operatieAnker = (o, methode, pad) => `operatie-${o.operationId ?? `${methode}-${pad.replace(/[^A-Za-z0-9]+/g, "-")}`}`;

async function start() {
  try {
    const antwoord = await fetch(DOCUMENT, { headers: { Accept: "application/json" } });
    if (!antwoord.ok) throw new Error(`${DOCUMENT} antwoordde met ${antwoord.status}.`);
    toon(await antwoord.json());
    $("laden").hidden = true;
    window.addEventListener("hashchange", naarDoel);
    naarDoel();
  } catch (fout) {
    $("laden").replaceChildren(el("strong", {}, "De documentatie kon niet worden geladen. "), `Probeer het later opnieuw. (${fout.message})`);
  }
}

/** A link to a schema opens its folded section. */
function naarDoel() {
  const doel = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (!doel) return;
  if (doel.tagName === "DETAILS") doel.open = true;
  doel.scrollIntoView();
}

function toon(api) {
  const basis = api.servers?.[0]?.url ?? "";
  const operaties = [];
  for (const [pad, item] of Object.entries(api.paths ?? {})) {
    for (const methode of METHODEN) {
      if (item[methode]) operaties.push({ pad, methode, o: item[methode], gedeeld: item.parameters ?? [] });
    }
  }
  const tags = [...new Set([...(api.tags ?? []).map((t) => t.name), ...operaties.flatMap((x) => x.o.tags ?? ["Overig"])])];
  const perTag = (tag) => operaties.filter((x) => (x.o.tags ?? ["Overig"]).includes(tag));
  const schemas = Object.entries(api.components?.schemas ?? {});

  vervang($("documentatie"),
    el("h1", { class: "utrecht-heading-1" }, api.info?.title ?? "API"),
    el("p", { class: "utrecht-paragraph utrecht-paragraph--lead" }, api.info?.description ?? ""),
    el("dl", { class: "api-gegevens" },
      rij("Versie", api.info?.version),
      rij("OpenAPI", api.openapi),
      rij("Adres", basis ? `${location.origin}${basis}` : location.origin),
      api.info?.contact?.email ? rij("Contact", el("a", { class: "utrecht-link", href: `mailto:${api.info.contact.email}` }, api.info.contact.email)) : null),
    el("p", { class: "utrecht-paragraph" }, "Alle paden hieronder staan onder dit adres. Namen van velden en teksten zijn Nederlands; fouten komen als probleemdocument (RFC 9457, application/problem+json) met per ongeldig veld een regel in 'errors'. Het volledige document: ",
      el("a", { class: "utrecht-link", href: DOCUMENT }, "openapi.json"), "."),
    beveiliging(api),

    el("nav", { "aria-labelledby": "inhoud-kop", class: "api-inhoud" },
      el("h2", { class: "utrecht-heading-2", id: "inhoud-kop" }, "Inhoud"),
      el("ul", { class: "utrecht-unordered-list" },
        tags.map((tag) => el("li", { class: "utrecht-unordered-list__item" },
          el("a", { class: "utrecht-link", href: `#tag-${tag}` }, tag),
          el("ul", { class: "utrecht-unordered-list" }, perTag(tag).map(({ pad, methode, o }) => el("li", { class: "utrecht-unordered-list__item" },
            el("a", { class: "utrecht-link", href: `#${operatieAnker(o, methode, pad)}` }, `${methode.toUpperCase()} ${pad}`),
            o.summary ? ` — ${o.summary}` : null))))),
        el("li", { class: "utrecht-unordered-list__item" }, el("a", { class: "utrecht-link", href: "#schemas" }, "Schema's")))),

    tags.map((tag) => el("section", { class: "api-tag", "aria-labelledby": `tag-${tag}` },
      el("h2", { class: "utrecht-heading-2", id: `tag-${tag}` }, tag),
      api.tags?.find((t) => t.name === tag)?.description ? el("p", { class: "utrecht-paragraph" }, api.tags.find((t) => t.name === tag).description) : null,
      perTag(tag).map((x) => operatie(api, basis, x)))),

    el("section", { "aria-labelledby": "schemas" },
      el("h2", { class: "utrecht-heading-2", id: "schemas" }, "Schema's"),
      el("p", { class: "utrecht-paragraph" }, "De onderdelen van de invoer en de antwoorden. Een veld zonder 'verplicht' mag ontbreken of null zijn; bij een Voorstel betekent dat 'onbekend'."),
      schemas.map(([naam, s]) => schema(naam, s))));
}

function rij(naam, waarde) {
  if (waarde === undefined || waarde === null || waarde === "") return null;
  return el("div", {}, el("dt", {}, naam), el("dd", {}, waarde));
}

function beveiliging(api) {
  const schemes = Object.entries(api.components?.securitySchemes ?? {});
  if (schemes.length === 0) {
    return el("p", { class: "utrecht-paragraph" }, "Het document noemt geen beveiliging: elke operatie is zonder sleutel te gebruiken.");
  }
  return el("section", { "aria-labelledby": "beveiliging-kop" },
    el("h2", { class: "utrecht-heading-2", id: "beveiliging-kop" }, "Beveiliging"),
    el("dl", { class: "api-gegevens" }, schemes.map(([naam, s]) => rij(naam, beschrijfBeveiliging(s)))),
    el("p", { class: "utrecht-paragraph" }, "Bij elke operatie staat of zij een sleutel vraagt. Zonder geldige sleutel antwoordt de dienst met 401."));
}

function beschrijfBeveiliging(s) {
  const waar = s.type === "apiKey" ? `een sleutel in ${s.in === "header" ? "de header" : s.in === "query" ? "de query-parameter" : s.in} '${s.name}'` : s.type === "http" ? `HTTP ${s.scheme}` : s.type;
  return [waar, s.description ? `. ${s.description}` : ""].join("");
}

function operatie(api, basis, { pad, methode, o, gedeeld }) {
  const anker = operatieAnker(o, methode, pad);
  const parameters = [...gedeeld, ...(o.parameters ?? [])].map((p) => (p.$ref ? volg(api, p.$ref) : p));
  const eisen = o.security ?? api.security ?? [];
  const sleutels = eisen.flatMap((e) => Object.keys(e));
  return el("section", { class: "api-operatie", "aria-labelledby": anker },
    el("h3", { class: "utrecht-heading-3", id: anker },
      el("span", { class: `api-methode api-methode-${methode}` }, methode.toUpperCase()), " ",
      el("code", { class: "api-pad" }, `${basis}${pad}`)),
    o.summary ? el("p", { class: "utrecht-paragraph api-samenvatting" }, o.summary) : null,
    o.description ? el("p", { class: "utrecht-paragraph" }, o.description) : null,
    el("p", { class: "utrecht-paragraph api-sleutel" }, sleutels.length > 0 ? `Vraagt een sleutel: ${sleutels.join(" of ")}.` : "Zonder sleutel te gebruiken."),
    parameters.length > 0 ? [
      el("h4", { class: "utrecht-heading-4" }, "Parameters"),
      el("dl", { class: "api-velden" }, parameters.map((p) => veld(`${p.name}`, `${p.in === "path" ? "in het pad" : p.in === "query" ? "in de query" : `in ${p.in}`}${p.required ? ", verplicht" : ""}`, p.schema, p.description))),
    ] : null,
    o.requestBody ? [
      el("h4", { class: "utrecht-heading-4" }, "Invoer"),
      o.requestBody.description ? el("p", { class: "utrecht-paragraph" }, o.requestBody.description) : null,
      inhoud(o.requestBody.content),
    ] : null,
    el("h4", { class: "utrecht-heading-4" }, "Antwoorden"),
    el("dl", { class: "api-antwoorden" }, Object.entries(o.responses ?? {}).sort(([a], [b]) => a.localeCompare(b)).map(([code, r]) => {
      const antwoord = r.$ref ? volg(api, r.$ref) : r;
      return el("div", {},
        el("dt", {}, el("span", { class: `api-status api-status-${code[0]}` }, code)),
        el("dd", {}, el("p", { class: "utrecht-paragraph" }, statusWoord(code) || antwoord.description), inhoud(antwoord.content)));
    })));
}

function statusWoord(code) {
  return {
    200: "Gelukt.", 201: "Aangemaakt.", 400: "Ongeldige invoer: een probleemdocument noemt elk ongeldig veld.", 401: "Geen of een ongeldige sleutel.",
    404: "Niet gevonden.", 406: "Het gevraagde formaat (Accept) wordt niet geleverd.", 413: "De invoer is te groot.",
    415: "Het formaat van de invoer (Content-Type) wordt niet aangenomen.", 501: "Niet beschikbaar in deze opstelling.",
  }[code] ?? "";
}

function inhoud(content) {
  const soorten = Object.entries(content ?? {});
  if (soorten.length === 0) return null;
  return el("ul", { class: "utrecht-unordered-list api-soorten" }, soorten.map(([soort, m]) => el("li", { class: "utrecht-unordered-list__item" },
    el("code", {}, soort), m.schema ? [": ", typeVan(m.schema)] : null)));
}

function volg(api, ref) {
  return ref.replace(/^#\//, "").split("/").reduce((o, d) => o?.[d], api) ?? {};
}

/** A type in words, with a link to a named schema: "Voorstel", "lijst van Gemeente", "tekst of null". */
function typeVan(s) {
  if (!s) return "onbepaald";
  if (s.$ref) {
    const naam = s.$ref.split("/").pop();
    return el("a", { class: "utrecht-link", href: `#${schemaAnker(naam)}` }, naam);
  }
  for (const samen of ["oneOf", "anyOf", "allOf"]) {
    if (Array.isArray(s[samen])) {
      const delen = s[samen].map(typeVan);
      return delen.flatMap((d, i) => (i === 0 ? [d] : [samen === "allOf" ? " en " : " of ", d]));
    }
  }
  const typen = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  const woorden = typen.map((t) => {
    if (t === "array") return ["lijst van ", typeVan(s.items)];
    return { string: "tekst", integer: "geheel getal", number: "getal", boolean: "ja/nee", object: "object", null: "null" }[t] ?? t;
  });
  const delen = woorden.length > 0 ? woorden.flatMap((w, i) => (i === 0 ? [w] : [" of ", w])) : ["onbepaald"];
  if (s.format) delen.push(` (${s.format})`);
  return delen;
}

function veld(naam, plaats, s, omschrijving) {
  const keuzes = (s?.enum ?? s?.items?.enum)?.filter((e) => e !== null);
  const grenzen = [
    s?.minimum !== undefined ? `minstens ${s.minimum}` : null,
    s?.maximum !== undefined ? `hoogstens ${s.maximum}` : null,
    s?.maxLength !== undefined ? `hoogstens ${s.maxLength} tekens` : null,
    s?.pattern ? `patroon ${s.pattern}` : null,
  ].filter(Boolean);
  return el("div", { class: "api-veld" },
    el("dt", {}, el("code", {}, naam), plaats ? el("span", { class: "api-plaats" }, ` (${plaats})`) : null),
    el("dd", {},
      el("p", { class: "utrecht-paragraph api-type" }, typeVan(s), grenzen.length ? `; ${grenzen.join(", ")}` : null),
      omschrijving ?? s?.description ? el("p", { class: "utrecht-paragraph" }, omschrijving ?? s.description) : null,
      keuzes?.length ? el("p", { class: "utrecht-paragraph api-keuzes" }, "Waarden: ", keuzes.flatMap((k, i) => [i > 0 ? ", " : null, el("code", {}, String(k))])) : null));
}

function schema(naam, s) {
  const verplicht = new Set(s.required ?? []);
  const velden = Object.entries(s.properties ?? {});
  return el("details", { class: "api-schema", id: schemaAnker(naam) },
    el("summary", {}, naam),
    s.description ? el("p", { class: "utrecht-paragraph" }, s.description) : null,
    velden.length > 0
      ? el("dl", { class: "api-velden" }, velden.map(([veldnaam, v]) => veld(veldnaam, verplicht.has(veldnaam) ? "verplicht" : null, v, v.description)))
      : el("p", { class: "utrecht-paragraph" }, "Type: ", typeVan(s)));
}

start();
