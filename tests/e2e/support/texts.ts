// The words a person sees, read from the locale files, so tests find elements by the same names a screen reader reads.
import { readFileSync } from "node:fs";
import path from "node:path";
import { stripFrenchMarks } from "@/lib/i18n/frenchTerms";
import { questionnaire } from "@/lib/questionnaire/definition";
import { minutesLeft, questionWords } from "@/lib/questionnaire/duration";
import type { Answers, Question } from "@/lib/questionnaire/types";
import { columnKey, labelKey, optionKey } from "@/lib/questionnaire/keys";

type Tree = { [key: string]: string | Tree };

const cache = new Map<string, Tree>();
function bundle(lang: string, ns: string): Tree {
  const id = `${lang}/${ns}`;
  if (!cache.has(id)) cache.set(id, JSON.parse(readFileSync(path.resolve("locales", lang, `${ns}.json`), "utf8")) as Tree);
  return cache.get(id)!;
}

export function text(lang: string, key: string, params: Record<string, string | number> = {}, ns = "common"): string {
  let node: string | Tree | undefined = bundle(lang, ns);
  for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
  if (typeof node !== "string") throw new Error(`No text for ${lang} ${ns}:${key}`);
  // Without the <fr> marks of French terms, as the page shows the text (lib/i18n/frenchTerms.ts).
  return stripFrenchMarks(node).replace(/{{\s*(\w+)\s*}}/g, (_, name: string) => String(params[name] ?? ""));
}

export const q = (lang: string, key: string) => text(lang, key, {}, "questionnaire");
export const err = (lang: string, key: string, params: Record<string, string | number> = {}) => text(lang, key, params, "errors");
export const questionLabel = (lang: string, question: Question) => q(lang, labelKey(question));
export const optionLabel = (lang: string, question: Question, code: string) => q(lang, optionKey(question, code));

/** The time the app announces for the path left from `from` (lib/questionnaire/duration.ts), timed on this language's words. */
export function timeLeft(lang: string, key: string, answers: Answers = {}, from?: string): string {
  const textOf = (k: string) => {
    try {
      return q(lang, k);
    } catch {
      return undefined;
    }
  };
  const { min, max } = minutesLeft(questionnaire, answers, (question) => questionWords(question, textOf), from);
  return text(lang, key, { min, max });
}

/** One of the answers a grid offers for each of its items ("I need help"). */
export const columnLabel = (lang: string, question: Question, column: string) => q(lang, columnKey(question, column));
