// Plain language: short questions, and every administration word explained where it appears.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { questionnaire } from "@/lib/questionnaire/definition";
import { glossary, glossaryMeaningKey, glossaryTermKey, isGlossaryTerm, pageGlossary, termsIn } from "@/lib/questionnaire/glossary";
import { hintKey, labelKey, noticeKey, optionKey, unitKey } from "@/lib/questionnaire/keys";
import { choiceOptions } from "@/lib/questionnaire/schemas";
import type { Question } from "@/lib/questionnaire/types";

const locales = path.resolve(import.meta.dirname, "../../locales");
const read = (ns: string) => JSON.parse(readFileSync(path.join(locales, "fr", `${ns}.json`), "utf8")) as Record<string, unknown>;
const french = read("questionnaire");
const common = read("common");
const frenchGlossary = read("glossary");
const MAX_WORDS = 20;

function text(bundle: Record<string, unknown>, key: string): string | undefined {
  const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], bundle);
  return typeof value === "string" ? value : undefined;
}

function allTexts(node: unknown): string[] {
  if (typeof node === "string") return [node];
  return typeof node === "object" && node !== null ? Object.values(node).flatMap(allTexts) : [];
}

/** Words as a reader counts them: "l'emploi" is one word, a lone punctuation mark is none. */
const wordCount = (sentence: string) => sentence.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** Everything the person reads on a question's screen, in French. */
function screenTexts(question: Question): string[] {
  const keys = [labelKey(question), hintKey(question)];
  if ("options" in question) keys.push(...choiceOptions(question).map((option) => optionKey(question, option)));
  if (question.type === "number") keys.push(unitKey(question), noticeKey(question));
  return keys.map((key) => text(french, key)).filter((value): value is string => value !== undefined);
}

describe("plain language", () => {
  it("counts words as a reader does", () => {
    assert.equal(wordCount("Avez-vous un CV ?"), 3);
    assert.equal(wordCount("Quelle est l'adresse où l'on peut vous écrire ?"), 8);
  });

  for (const question of questionnaire.questions) {
    it(`asks "${question.id}" in ${MAX_WORDS} French words or fewer`, () => {
      const label = text(french, labelKey(question));
      assert.ok(label, `no French label for ${question.id}`);
      assert.ok(wordCount(label) <= MAX_WORDS, `${question.id}: ${wordCount(label)} words: "${label}"`);
    });

    it(`explains every administration word "${question.id}" uses, and only those`, () => {
      const used = termsIn(screenTexts(question).join("\n"));
      const explained = question.glossary ?? [];
      assert.deepEqual(used.filter((term) => !explained.includes(term)), [], `${question.id} uses words it does not explain`);
      assert.deepEqual(explained.filter((term) => !used.includes(term)), [], `${question.id} explains words it does not use`);
    });
  }

  for (const [page, explained] of Object.entries(pageGlossary)) {
    it(`explains every administration word of the ${page} screen`, () => {
      const used = termsIn(allTexts(common[page]).join("\n"));
      assert.deepEqual(used.filter((term) => !explained.includes(term)), []);
      assert.deepEqual(explained.filter((term) => !used.includes(term)), []);
    });
  }

  it("has a French word and meaning for every glossary term, and no other", () => {
    for (const term of glossary) {
      assert.ok(text(frenchGlossary, glossaryTermKey(term.id)), term.id);
      assert.ok(text(frenchGlossary, glossaryMeaningKey(term.id)), term.id);
      assert.ok(term.spotted.test(text(frenchGlossary, glossaryTermKey(term.id))!), `${term.id} is spotted by its own word`);
    }
    assert.deepEqual(Object.keys(frenchGlossary.terms as object).filter((id) => !isGlossaryTerm(id)), []);
  });

  it("explains each word in 40 French words or fewer", () => {
    for (const term of glossary) {
      const meaning = text(frenchGlossary, glossaryMeaningKey(term.id))!;
      assert.ok(wordCount(meaning) <= 40, `${term.id}: ${wordCount(meaning)} words`);
    }
  });
});
