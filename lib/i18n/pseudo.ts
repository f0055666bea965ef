// The pseudo-locale for development: every translated text comes out accented, a third longer and in brackets,
// so a developer sees at a glance what does not go through translation (plain text), what gets cut off when a
// language is longer, and what breaks with letters outside ASCII. Turn on with NEXT_PUBLIC_PSEUDO_LOCALE=1.
const accented: Record<string, string> = {
  a: "á", b: "ƀ", c: "ç", d: "ď", e: "é", f: "ƒ", g: "ĝ", h: "ĥ", i: "í", j: "ĵ", k: "ķ", l: "ĺ", m: "ɱ",
  n: "ñ", o: "ô", p: "ƥ", q: "ʠ", r: "ŕ", s: "š", t: "ţ", u: "ú", v: "ṽ", w: "ŵ", x: "ẋ", y: "ý", z: "ž",
  A: "Á", B: "Ɓ", C: "Ç", D: "Ď", E: "É", F: "Ƒ", G: "Ĝ", H: "Ĥ", I: "Í", J: "Ĵ", K: "Ķ", L: "Ĺ", M: "Ṁ",
  N: "Ñ", O: "Ô", P: "Ƥ", Q: "Ǫ", R: "Ŕ", S: "Š", T: "Ţ", U: "Ú", V: "Ṽ", W: "Ŵ", X: "Ẋ", Y: "Ý", Z: "Ž",
};

export const PSEUDO_OPEN = "⟦";
export const PSEUDO_CLOSE = "⟧";

/** Accents every letter outside {{placeholders}}, pads by a third, and brackets the whole text. */
export function pseudoLocalize(text: string): string {
  // Placeholders and the <fr> marks of French terms stay as they are.
  const parts = text.split(/({{[^}]*}}|<\/?fr>)/);
  const body = parts.map((part) => (part.startsWith("{{") || part.startsWith("<") ? part : part.replace(/[A-Za-z]/g, (letter) => accented[letter] ?? letter))).join("");
  const padding = "~".repeat(Math.ceil(text.length / 3));
  return `${PSEUDO_OPEN}${body}${padding}${PSEUDO_CLOSE}`;
}

/** Read when an i18n instance is made (Next inlines NEXT_PUBLIC_ variables in the browser build). */
export function pseudoLocaleEnabled(): boolean {
  return process.env.NEXT_PUBLIC_PSEUDO_LOCALE === "1";
}

/** Every text of a language's bundle in pseudo-text; the values put into placeholders stay as they are. */
export function pseudoBundle<T>(bundle: T): T {
  if (typeof bundle === "string") return pseudoLocalize(bundle) as T;
  if (typeof bundle !== "object" || bundle === null) return bundle;
  return Object.fromEntries(Object.entries(bundle).map(([key, value]) => [key, pseudoBundle(value)])) as T;
}
