// French words kept inside another language's text ("rupture conventionnelle", "collège", "brut" in Arabic) are
// marked <fr>…</fr> in the translation files, so the screen gives them lang="fr" (WCAG 3.1.2, language of parts):
// screen readers and read-aloud then say them with a French voice, not an Arabic or Ukrainian one. Every plain use
// of a text (page titles, accessible names, the recap) gets it without the marks.
const MARK = /<fr>(.*?)<\/fr>/g;

export const stripFrenchMarks = (text: string) => text.replace(MARK, "$1");

export interface TextPart {
  text: string;
  french: boolean;
}

/** The text cut where the French terms start and end, in order. */
export function frenchParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(MARK)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), french: false });
    parts.push({ text: match[1] ?? "", french: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), french: false });
  return parts;
}

/** Options of t() for a text the FrenchTerms component renders, which turns the marks into lang="fr". */
export const KEEP_FRENCH_MARKS = { applyPostProcessor: false } as const;

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A translate function whose texts keep their marks, for code that builds texts the FrenchTerms component renders. */
export const keepingFrenchMarks =
  (t: Translate): Translate =>
  (key, options) =>
    t(key, { ...options, ...KEEP_FRENCH_MARKS });
