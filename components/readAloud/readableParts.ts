// What "Listen" reads on a screen, in page order: only what a sighted person sees there now. A disclosure that is
// closed ("Why we ask", "Who will see") is not read, its summary included, unless a part asks to be read always
// (the glossary's summary says which words are explained); hidden parts and the read-aloud control are skipped.

/** Text blocks of an ordinary page, for pages that do not mark their parts. */
const PAGE_BLOCKS = "h1, h2, h3, p, li, dt, dd, summary, legend, label, th, td, [data-read-aloud]";

const READ_ALOUD_CONTROL = ".read-aloud";

function isShown(element: HTMLElement): boolean {
  if (element.closest(READ_ALOUD_CONTROL) || element.closest(".visually-hidden")) return false;
  const details = element.closest("details");
  if (details && !details.open && element.dataset.readAloud !== "always") return false;
  // Not rendered (display: none, or inside something that is): innerText would fall back to the raw text.
  return element.getClientRects().length > 0 && element.innerText.trim() !== "";
}

/**
 * The parts to read inside `root`: those marked data-read-aloud (a question, whose parts are chosen with care),
 * or, on a page that marks none, every block of text; a block inside another is read with it, not twice.
 */
export function readableParts(root: HTMLElement | null, mode: "marked" | "page"): HTMLElement[] {
  if (!root) return [];
  const candidates = [...root.querySelectorAll<HTMLElement>(mode === "marked" ? "[data-read-aloud]" : PAGE_BLOCKS)].filter(isShown);
  if (mode === "marked") return candidates;
  const kept: HTMLElement[] = [];
  for (const element of candidates) {
    if (!kept.some((outer) => outer.contains(element))) kept.push(element);
  }
  return kept;
}

/** A stretch of a part's text, and the language it is in when it is not the page's (a French term). */
export interface Stretch {
  text: string;
  lang: string | null;
}

/**
 * What one part says, cut where a term of another language starts and ends (lang="fr" inside an Arabic option),
 * so each stretch gets a voice of its language. A part may say how it is read instead (a code, spelled).
 */
export function stretchesOf(element: HTMLElement, pageLang: string): Stretch[] {
  const said = element.dataset.readAloudText ?? element.innerText;
  const stretches: Stretch[] = [];
  let rest = said;
  for (const foreign of element.querySelectorAll<HTMLElement>("[lang]")) {
    const lang = foreign.lang;
    const words = foreign.innerText;
    const at = words === "" || lang === pageLang ? -1 : rest.indexOf(words);
    if (at === -1) continue;
    stretches.push({ text: rest.slice(0, at), lang: null }, { text: words, lang });
    rest = rest.slice(at + words.length);
  }
  stretches.push({ text: rest, lang: null });
  return stretches.map((stretch) => ({ ...stretch, text: stretch.text.trim() })).filter((stretch) => stretch.text !== "");
}
