// A tiny helper to build elements without innerHTML: every text is set as text, never parsed as markup.

/**
 * el("p", { class: "uitleg", id: "x" }, "tekst", kind) — attributes (null/false are left out, true gives an
 * empty attribute), then children: strings become text nodes, null/undefined/false are skipped, arrays flattened.
 */
export function el(naam, attributen = {}, ...kinderen) {
  const e = document.createElement(naam);
  for (const [sleutel, waarde] of Object.entries(attributen ?? {})) {
    if (waarde === null || waarde === undefined || waarde === false) continue;
    if (sleutel.startsWith("on") && typeof waarde === "function") {
      e.addEventListener(sleutel.slice(2), waarde);
    } else if (sleutel === "hidden" || sleutel === "checked" || sleutel === "disabled" || sleutel === "selected") {
      e[sleutel] = Boolean(waarde);
    } else if (sleutel === "value") {
      e.value = waarde;
    } else {
      e.setAttribute(sleutel, waarde === true ? "" : String(waarde));
    }
  }
  voegToe(e, kinderen);
  return e;
}

/** Replaces the children of a container; like el(), arrays are flattened and empty values skipped. */
export function vervang(houder, ...kinderen) {
  houder.replaceChildren();
  voegToe(houder, kinderen);
}

function voegToe(e, kinderen) {
  for (const kind of kinderen) {
    if (kind === null || kind === undefined || kind === false) continue;
    if (Array.isArray(kind)) {
      voegToe(e, kind);
    } else {
      e.append(kind instanceof Node ? kind : document.createTextNode(String(kind)));
    }
  }
}

/** A Dutch number for people: 25000 → "25.000", 2.5 → "2,5". */
export function nlGetal(n) {
  return new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 }).format(n);
}

/** Starts a download of a Blob under a file name. */
export function download(blob, bestandsnaam) {
  const url = URL.createObjectURL(blob);
  const a = el("a", { href: url, download: bestandsnaam, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a title: "Ommen & Hardenberg" → "ommen-hardenberg". */
export function slug(tekst) {
  const s = (tekst ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return s || "voorstel";
}

/**
 * A data table in a box that scrolls sideways when the screen is too narrow for it. Only then is the box a named
 * region that the keyboard can reach (Tab) and scroll with the arrow keys; on a wide screen it adds no Tab stop.
 */
export function tabelHouder(naam, tabel) {
  const houder = el("div", { class: "tabel-houder" }, tabel);
  const bijwerken = () => {
    if (houder.scrollWidth > houder.clientWidth + 1) {
      houder.setAttribute("role", "region");
      houder.setAttribute("aria-label", naam);
      houder.tabIndex = 0;
    } else {
      houder.removeAttribute("role");
      houder.removeAttribute("aria-label");
      houder.removeAttribute("tabindex");
    }
  };
  new ResizeObserver(bijwerken).observe(houder);
  return houder;
}
