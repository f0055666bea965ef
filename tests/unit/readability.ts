// French reading ease by the Kandel–Moles formula (Flesch adapted to French, 1958):
// 207 − 1.015 × words per sentence − 73.6 × syllables per word. Higher is easier; 60 and above reads as plain
// language for most adults. Syllables are counted the way French is spoken, by a rule of thumb good enough to rank
// texts: groups of vowels, a mute final "e" dropped, acronyms spelled letter by letter, numbers said digit group by group.

const VOWELS = /[aeiouyàâäéèêëîïôöùûüœæ]+/giu;

/** Acronyms said as a word rather than spelled out. */
const SAID_AS_WORDS = new Set(["SMIC", "CAF", "CAP", "BEP", "RIB", "HLM"]);

/** Spoken syllables of one word, as a reader would say it. */
export function syllables(word: string): number {
  const letters = word.replace(/[^\p{L}\p{N}]/gu, "");
  if (letters === "") return 0;
  if (/^\p{N}+$/u.test(letters)) return Math.min(letters.length, 3);
  if (/^\p{Lu}{2,}$/u.test(letters) && !SAID_AS_WORDS.has(letters)) return letters.length;
  const lower = letters.toLowerCase();
  let count = lower.match(VOWELS)?.length ?? 0;
  // The mute final "e" ("école", "métiers" not) is written but not said, unless it is the only vowel ("je", "le").
  if (count > 1 && /[^aeiouyé]es?$/u.test(lower)) count -= 1;
  return Math.max(count, 1);
}

/** The words of a text: elided forms ("l'emploi") stay one word, placeholders and lone punctuation are none. */
export function words(text: string): string[] {
  return text
    .replace(/\{\{[^}]*\}\}/g, " ")
    .split(/[\s/]+|(?<=\p{L})-(?=\p{L})/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** Sentences: a short label with no full stop is one sentence. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?:;…])\s+/u).filter((sentence) => words(sentence).length > 0);
}

/** Kandel–Moles reading ease of a French text. */
export function readingEase(text: string): number {
  const all = words(text);
  if (all.length === 0) return 100;
  const sentenceCount = Math.max(sentences(text).length, 1);
  const syllableCount = all.reduce((sum, word) => sum + syllables(word), 0);
  return 207 - 1.015 * (all.length / sentenceCount) - 73.6 * (syllableCount / all.length);
}
