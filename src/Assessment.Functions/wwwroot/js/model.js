// The questionnaire as data: the tasks and steps (from vragenlijst.json and the number of municipalities), which
// questions apply (the schema's own keywords 'vraagGeldtAls' and 'keuzesUit', never a copy of that rule here),
// whether a question is answered, the six key questions (from the rule set) and the proposal as it is sent.
//
// An answer is one of three things: absent (not answered yet), null ("Weet ik niet", an explicit choice) or a value.
// The engine reads absent and null alike, as unknown; the page keeps them apart so a skipped question shows.

import { schemaVan } from "./schema.js";

/** The path of a field as an array: ("gemeenten[].urgentie", 1) → ["gemeenten", 1, "urgentie"]. */
export function pad(veld, index) {
  return veld.split(".").flatMap((deel) => (deel.endsWith("[]") ? [deel.slice(0, -2), index] : [deel]));
}

export function lees(object, p) {
  return p.reduce((o, stap) => (o === undefined || o === null ? undefined : o[stap]), object);
}

/** Sets a value at a path, creating objects on the way; undefined removes the answer (not answered). */
export function zet(object, p, waarde) {
  let o = object;
  for (const stap of p.slice(0, -1)) {
    if (o[stap] === undefined || o[stap] === null) o[stap] = {};
    o = o[stap];
  }
  const laatste = p[p.length - 1];
  if (waarde === undefined) delete o[laatste];
  else o[laatste] = waarde;
}

export function nieuwVoorstel() {
  return { gemeenten: [{}, {}], samenwerking: {} };
}

export const pointer = (p) => `#/${p.join("/")}`;
export const idVan = (p) => `v-${p.join("-")}`;

/** Reads a number the way people in the Netherlands type it: "25.000" and "2,5" as well as "2.5". */
export function leesGetal(tekst) {
  const t = tekst.trim().replace(/\s/g, "");
  if (t === "") return undefined;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) return Number(t.replaceAll(".", "").replace(",", "."));
  if (/^-?\d+(,\d+)?$/.test(t)) return Number(t.replace(",", "."));
  if (/^-?\d*\.\d+$/.test(t)) return Number(t);
  return t; // not a number: kept as typed, so the schema check can say what is wrong with it
}

/** Is the question at path p (a question of field 'veld') asked, given the answers so far? From the schema's vraagGeldtAls. */
export function geldt(schema, veld, p, voorstel) {
  const s = schemaVan(schema, veld);
  const index = p[0] === "gemeenten" ? p[1] : undefined;
  return (s?.vraagGeldtAls ?? []).every((conditie) => {
    const waarde = lees(voorstel, pad(conditie.veld, index));
    if (Array.isArray(conditie.is)) return conditie.is.includes(waarde);
    if (conditie.nietLeeg) return Array.isArray(waarde) && waarde.length > 0;
    if (conditie.nietGelijkAan) {
      const ander = lees(voorstel, pad(conditie.nietGelijkAan, index));
      return typeof waarde !== "string" || typeof ander !== "string" || waarde.trim() !== ander.trim();
    }
    throw new Error(`Onbekende conditie in vraagGeldtAls van ${veld}: ${JSON.stringify(conditie)}`);
  });
}

/** The allowed codes of a field: its enum, limited to the answers of the list its 'keuzesUit' names. */
export function keuzesVoor(schema, veld, voorstel) {
  const s = schemaVan(schema, veld);
  const alle = (s.enum ?? s.items?.enum ?? []).filter((e) => e !== null);
  if (!s.keuzesUit) return alle;
  const gekozen = lees(voorstel, pad(s.keuzesUit));
  return Array.isArray(gekozen) ? alle.filter((e) => gekozen.includes(e)) : [];
}

/** The fields whose answer decides whether another question applies or what it offers. */
export function sturendeVelden(schema, teksten) {
  const velden = new Set();
  for (const v of alleVragen(teksten)) {
    const s = schemaVan(schema, v.veld);
    for (const c of s?.vraagGeldtAls ?? []) {
      velden.add(c.veld);
      if (c.nietGelijkAan) velden.add(c.nietGelijkAan);
    }
    if (s?.keuzesUit) velden.add(s.keuzesUit);
  }
  return velden;
}

function alleVragen(teksten) {
  return teksten.groepen.flatMap((g) => g.onderdelen.flatMap((o) => o.vragen));
}

/** "gemeenten[1].urgentie" or ["gemeenten", 1, "urgentie"] → "gemeenten[].urgentie". */
export function veldVan(p) {
  return p.map((d) => (typeof d === "number" ? null : d)).reduce((a, d) => (d === null ? `${a}[]` : a ? `${a}.${d}` : d), "");
}

export function isBeantwoord(voorstel, p) {
  return lees(voorstel, p) !== undefined;
}

/** Is an answer required by the schema (no "Weet ik niet")? */
export function isVerplicht(schema, veld) {
  const delen = veld.split(".");
  const naam = delen.pop().replace("[]", "");
  const ouder = delen.length === 0 ? schema : schemaVan(schema, delen.join("."));
  return (ouder?.required ?? []).includes(naam) && (delen.length === 0 || (schema.required ?? []).includes(delen[0].replace("[]", "")));
}

/**
 * The key questions: the fields the rule set's key rules (sleutel) need, from GET /api/v1/afwegingskader. A rule
 * about the transferring municipalities (overdragendeGemeenten[]) asks its question of the municipalities.
 */
export function sleutelvelden(kader) {
  return new Set((kader?.regels ?? []).filter((r) => r.sleutel).flatMap((r) => r.vereist)
    .map((v) => v.replace(/^overdragendeGemeenten\[\]/, "gemeenten[]")));
}

export const naamVanGemeente = (voorstel, i) => {
  const naam = voorstel.gemeenten?.[i]?.naam;
  return typeof naam === "string" && naam.trim() ? naam.trim() : `Gemeente ${i + 1}`;
};

/**
 * The steps of the questionnaire, in order: { id, taak, titel, inleiding, gemeente, vragen: [{ tekst, p }], soort }.
 * Every group is a task. A part (onderdeel) is a step; its questions per municipality are one step per municipality
 * when there are more than two of them, else one step with a group per municipality. The group "gemeenten" starts
 * with the list of municipalities. A step without a question that applies is left out.
 */
export function maakStappen(teksten, schema, voorstel) {
  const aantal = Array.isArray(voorstel.gemeenten) ? voorstel.gemeenten.length : 0;
  const stappen = [];
  for (const groep of teksten.groepen) {
    const eerste = stappen.length;
    const voeg = (stap) => stappen.push({ taak: groep.id, taakTitel: groep.titel, inleiding: null, soort: "vragen", ...stap });
    if (groep.id === "gemeenten") {
      voeg({ id: "gemeenten/lijst", titel: "Welke gemeenten doen mee?", soort: "gemeentelijst", vragen: [] });
      const vragen = groep.onderdelen.flatMap((o) => o.vragen);
      for (let i = 0; i < aantal; i++) {
        voeg({ id: `gemeenten/${i}`, titel: naamVanGemeente(voorstel, i), gemeente: i, vragen: vragen.map((t) => ({ tekst: t, p: pad(t.veld, i) })) });
      }
    } else {
      groep.onderdelen.forEach((onderdeel, k) => {
        const titel = onderdeel.titel ?? groep.titel;
        const algemeen = onderdeel.vragen.filter((v) => !v.veld.includes("[]"));
        const perGemeente = onderdeel.vragen.filter((v) => v.veld.includes("[]"));
        if (algemeen.length > 0) voeg({ id: `${groep.id}/${k}`, titel, vragen: algemeen.map((t) => ({ tekst: t, p: pad(t.veld) })) });
        if (perGemeente.length === 0) return;
        if (perGemeente.length <= 2) {
          const vragen = [];
          for (let i = 0; i < aantal; i++) perGemeente.forEach((t) => vragen.push({ tekst: t, p: pad(t.veld, i), gemeente: i }));
          voeg({ id: `${groep.id}/${k}/gemeenten`, titel: algemeen.length > 0 ? `${titel}: per gemeente` : titel, vragen, perGemeente: true });
        } else {
          for (let i = 0; i < aantal; i++) {
            voeg({ id: `${groep.id}/${k}/${i}`, titel: `${titel}: ${naamVanGemeente(voorstel, i)}`, gemeente: i, vragen: perGemeente.map((t) => ({ tekst: t, p: pad(t.veld, i) })) });
          }
        }
      });
    }
    if (stappen[eerste]) stappen[eerste].inleiding = groep.inleiding ?? null;
  }
  return stappen
    .map((s) => ({ ...s, vragen: s.vragen.filter((v) => geldt(schema, v.tekst.veld, v.p, voorstel)) }))
    .filter((s) => s.soort !== "vragen" || s.vragen.length > 0);
}

/** The status of a set of questions: "niet_begonnen", "bezig" or "klaar", with the counts. */
export function status(vragen, voorstel) {
  const beantwoord = vragen.filter((v) => isBeantwoord(voorstel, v.p)).length;
  const code = beantwoord === 0 ? "niet_begonnen" : beantwoord === vragen.length ? "klaar" : "bezig";
  return { code, beantwoord, totaal: vragen.length };
}

export const STATUSWOORDEN = { niet_begonnen: "Niet begonnen", bezig: "Bezig", klaar: "Klaar" };

/**
 * The proposal as it is sent: a copy without the answers to questions that do not apply (they are kept in the draft,
 * so an answer comes back when its question does) and without a choice that is no longer offered.
 */
export function teVersturen(voorstel, teksten, schema) {
  const kopie = structuredClone(voorstel);
  const aantal = Array.isArray(kopie.gemeenten) ? kopie.gemeenten.length : 0;
  for (const v of alleVragen(teksten)) {
    const paden = v.veld.includes("[]") ? Array.from({ length: aantal }, (_, i) => pad(v.veld, i)) : [pad(v.veld)];
    for (const p of paden) {
      const waarde = lees(kopie, p);
      if (waarde === undefined) continue;
      const s = schemaVan(schema, v.veld);
      const buiten = s?.keuzesUit && typeof waarde === "string" && !keuzesVoor(schema, v.veld, voorstel).includes(waarde);
      if (!geldt(schema, v.veld, p, voorstel) || buiten) zet(kopie, p, undefined);
    }
  }
  return kopie;
}
