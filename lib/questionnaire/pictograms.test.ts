// Pictograms: the questions that need a drawing have one on every answer, and every drawing has words.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { questionnaire } from "./definition";
import { findQuestion } from "./engine";
import { pictogramOf, pictograms } from "./pictograms";

/** Issue 13: answers about school, housing, money, health, family and the needs are easier to find with a drawing. */
const DRAWN_ON_EVERY_ANSWER = [
  "education-level", "housing-situation", "housing-difficulties", "money", "health", "family", "help-needs",
];

const frenchCommon = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, "../../locales/fr/common.json"), "utf8"),
) as { pictograms: Record<string, string> };

const optionsOf = (id: string): readonly string[] => {
  const question = findQuestion(questionnaire, id);
  assert.ok(question && "options" in question, `${id} is a choice question`);
  return question.options;
};

describe("pictograms", () => {
  for (const id of DRAWN_ON_EVERY_ANSWER) {
    it(`draws every answer of "${id}"`, () => {
      assert.deepEqual(optionsOf(id).filter((option) => pictogramOf(id, option) === undefined), []);
    });
  }

  it("draws only answers that exist", () => {
    for (const [id, drawn] of Object.entries(pictograms)) {
      const options = optionsOf(id);
      assert.deepEqual(Object.keys(drawn).filter((option) => !options.includes(option)), [], id);
    }
  });

  it("describes in French every drawing it uses, and no other", () => {
    const used = new Set<string>(Object.values(pictograms).flatMap((drawn) => Object.values(drawn)));
    const described = new Set(Object.keys(frenchCommon.pictograms));
    assert.deepEqual([...used].filter((name) => !described.has(name)), []);
    assert.deepEqual([...described].filter((name) => !used.has(name)), []);
  });

  it("gives different drawings to the answers of one question, so that each can be told apart", () => {
    for (const [id, drawn] of Object.entries(pictograms)) {
      const names = Object.values(drawn);
      assert.equal(new Set(names).size, names.length, id);
    }
  });
});
