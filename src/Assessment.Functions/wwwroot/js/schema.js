// Checks a Voorstel against the published JSON Schema (GET /api/v1/schemas/voorstel), the same document the
// API validates with (there with JsonSchema.Net). It interprets the keywords that schema uses as JSON Schema
// 2020-12 defines them and gives errors in the API's own shape and words ({ location, pad, code, detail }), so the
// page shows both the same way (a test compares them). An unknown keyword is refused: a schema change must be
// noticed here too.

const BEKENDE_TREFWOORDEN = new Set([
  "$schema", "$id", "title", "description", "type", "properties", "required", "additionalProperties",
  "items", "minItems", "maxItems", "uniqueItems", "enum", "minimum", "maximum", "minLength", "maxLength",
  "pattern", "format", "examples", "$comment",
  // The framework's own annotations (see the schema's $comment): when a question applies, and the list its choices come from.
  "vraagGeldtAls", "keuzesUit",
]);

const TYPENAMEN = {
  integer: "een geheel getal",
  number: "een getal",
  string: "tekst",
  boolean: "ja of nee (true of false)",
  object: "een object",
  array: "een lijst",
};

const getal = (n) => String(n).replace(".", ",");
const kort = (t) => (t.length <= 60 ? t : `${t.slice(0, 57)}...`);

/** Checks the schema once: every keyword must be one this validator understands. */
export function controleerSchema(schema, waar = "#") {
  for (const sleutel of Object.keys(schema)) {
    if (!BEKENDE_TREFWOORDEN.has(sleutel)) {
      throw new Error(`Schema-trefwoord '${sleutel}' bij ${waar} wordt niet ondersteund.`);
    }
  }
  for (const [naam, kind] of Object.entries(schema.properties ?? {})) {
    controleerSchema(kind, `${waar}/properties/${naam}`);
  }
  if (schema.items) {
    controleerSchema(schema.items, `${waar}/items`);
  }
}

/** Validates a value; returns the list of errors (empty when valid). */
export function valideer(schema, waarde) {
  const fouten = [];
  knoop(schema, waarde, "$", "#", fouten);
  return fouten;
}

function typen(schema) {
  if (schema.type === undefined) return [];
  return Array.isArray(schema.type) ? schema.type : [schema.type];
}

function beschrijf(t) {
  return t.filter((x) => x !== "null").map((x) => TYPENAMEN[x] ?? x).join(" of ");
}

function beschrijfWaarde(w) {
  if (typeof w === "string") return `de tekst "${kort(w)}"`;
  if (typeof w === "number") return `het getal ${kort(JSON.stringify(w))}`;
  if (typeof w === "boolean") return `de waarde ${w}`;
  return Array.isArray(w) ? "een lijst" : "een object";
}

function pastType(t, w) {
  if (t.length === 0) return true;
  if (Array.isArray(w)) return t.includes("array");
  switch (typeof w) {
    case "object": return t.includes("object");
    case "string": return t.includes("string");
    case "boolean": return t.includes("boolean");
    case "number": return t.includes("number") || (t.includes("integer") && Number.isInteger(w));
    default: return false;
  }
}

const escape = (naam) => naam.replaceAll("~", "~0").replaceAll("/", "~1");

function knoop(schema, w, pad, pointer, fouten, titelVanLijst = undefined) {
  // An element of a list without a title of its own is named by the list's ("Motieven").
  const naam = schema.title ?? titelVanLijst ?? "Dit veld";
  const fout = (code, detail, p = pad, ptr = pointer) => fouten.push({ in: "body", location: ptr, pad: p, code, detail });
  const t = typen(schema);

  if (w === null) {
    if (t.length > 0 && !t.includes("null")) {
      fout("type", `${naam} mag niet leeg (null) zijn; verwacht ${beschrijf(t)}.`);
    }
    return;
  }
  if (!pastType(t, w)) {
    fout("type", `${naam}: verwacht ${beschrijf(t)}, maar kreeg ${beschrijfWaarde(w)}.`);
    return;
  }

  if (Array.isArray(w)) {
    if (schema.minItems !== undefined && w.length < schema.minItems) {
      fout("minItems", `${naam}: er zijn er minstens ${schema.minItems} nodig, maar er zijn er ${w.length}.`);
    }
    if (schema.maxItems !== undefined && w.length > schema.maxItems) {
      fout("maxItems", `${naam}: er mogen er ten hoogste ${schema.maxItems} zijn, maar er zijn er ${w.length}.`);
    }
    const gezien = new Set();
    w.forEach((item, i) => {
      const itemPad = `${pad}[${i}]`;
      const itemPointer = `${pointer}/${i}`;
      if (schema.items) knoop(schema.items, item, itemPad, itemPointer, fouten, naam);
      if (schema.uniqueItems) {
        const tekst = JSON.stringify(item);
        if (gezien.has(tekst)) {
          fout("uniqueItems", `${naam}: de waarde ${tekst} komt meer dan eens voor.`, itemPad, itemPointer);
        }
        gezien.add(tekst);
      }
    });
  } else if (typeof w === "object") {
    for (const verplicht of schema.required ?? []) {
      if (!(verplicht in w)) {
        const kind = schema.properties?.[verplicht];
        fout("required", `${kind?.title ?? verplicht} ontbreekt; dit veld is verplicht.`, `${pad}.${verplicht}`, `${pointer}/${escape(verplicht)}`);
      }
    }
    for (const [sleutel, waarde] of Object.entries(w)) {
      const kind = schema.properties?.[sleutel];
      if (kind) {
        knoop(kind, waarde, `${pad}.${sleutel}`, `${pointer}/${escape(sleutel)}`, fouten);
      } else if (schema.additionalProperties === false) {
        fout("additionalProperties", `Onbekend veld '${sleutel}'; controleer de spelling (zie het schema).`, `${pad}.${sleutel}`, `${pointer}/${escape(sleutel)}`);
      }
    }
  } else if (typeof w === "string") {
    if (schema.enum && !schema.enum.includes(w)) {
      fout("enum", `${naam}: '${kort(w)}' is geen toegestane waarde; kies uit: ${schema.enum.filter((e) => e !== null).join(", ")}.`);
      return;
    }
    const lengte = [...w].length; // characters as JSON Schema counts them: Unicode code points
    if (schema.minLength !== undefined && lengte < schema.minLength) {
      fout("minLength", schema.minLength === 1 ? `${naam} mag niet leeg zijn.` : `${naam} moet minstens ${schema.minLength} tekens lang zijn.`);
    }
    if (schema.maxLength !== undefined && lengte > schema.maxLength) {
      fout("maxLength", `${naam} is te lang: ten hoogste ${schema.maxLength} tekens, maar het zijn er ${lengte}.`);
    }
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, "u").test(w)) {
      fout("pattern", `${naam}: '${kort(w)}' heeft niet de juiste vorm (patroon ${schema.pattern}).`);
    }
    if (schema.format === "date" && !isDatum(w)) {
      fout("format", `${naam}: '${kort(w)}' is geen geldige datum; gebruik JJJJ-MM-DD.`);
    }
  } else if (typeof w === "number") {
    if (schema.minimum !== undefined && w < schema.minimum) {
      fout("minimum", `${naam} moet minstens ${getal(schema.minimum)} zijn, maar is ${getal(w)}.`);
    }
    if (schema.maximum !== undefined && w > schema.maximum) {
      fout("maximum", `${naam} mag ten hoogste ${getal(schema.maximum)} zijn, maar is ${getal(w)}.`);
    }
  }
}

function isDatum(tekst) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(tekst);
  if (!m) return false;
  const [j, mnd, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const datum = new Date(Date.UTC(j, mnd - 1, d));
  return datum.getUTCFullYear() === j && datum.getUTCMonth() === mnd - 1 && datum.getUTCDate() === d && j >= 1;
}

/**
 * The schema node of a field path in the rule notation ("gemeenten[].urgentie", "condities.gideonsbende.aanwezig").
 */
export function schemaVan(schema, veld) {
  let knoopNu = schema;
  for (const deel of veld.split(".")) {
    const lijst = deel.endsWith("[]");
    knoopNu = knoopNu?.properties?.[lijst ? deel.slice(0, -2) : deel];
    if (lijst) knoopNu = knoopNu?.items;
  }
  return knoopNu;
}
