// Job suggestions: matching what a person types against the job names of their language.
import type { JobChoice } from "./types";

/** Lower case without accents, so "electricien" finds "Électricien". */
function normalise(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
}

/** Jobs whose name contains every word typed, best (starting with the first word) first. */
export function suggestJobs(query: string, names: Record<string, string>, limit = 6): string[] {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  const [first] = words;
  if (first === undefined) return [];
  const scored = Object.entries(names)
    .map(([code, name]) => ({ code, name: normalise(name) }))
    .filter(({ name }) => words.every((w) => name.includes(w)))
    .map(({ code, name }) => ({ code, score: name.split(/[\s,()'’-]+/).some((part) => part.startsWith(first)) ? 0 : 1 }));
  scored.sort((a, b) => a.score - b.score);
  return scored.slice(0, limit).map((s) => s.code);
}

export function sameJob(a: JobChoice, b: JobChoice): boolean {
  if ("rome" in a && "rome" in b) return a.rome === b.rome;
  if ("text" in a && "text" in b) return normalise(a.text) === normalise(b.text);
  return false;
}
