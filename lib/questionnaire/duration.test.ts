// The time the start page announces follows the engine's paths and what there is to read, not a fixed figure.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { questionnaire } from "./definition";
import { WORDS_PER_MINUTE, minutesLeft, questionWords, screenSeconds } from "./duration";
import { findQuestion } from "./engine";
import { pathRange } from "./paths";

const french = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../locales/fr/questionnaire.json"), "utf8")) as Record<string, unknown>;
const text = (key: string) => {
  const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], french);
  return typeof value === "string" ? value : undefined;
};
const words = (question: Parameters<typeof questionWords>[0]) => questionWords(question, text);

describe("how long the file takes", () => {
  it("reads the words on the screen: the label, the hint and every option", () => {
    const needs = findQuestion(questionnaire, "help-needs")!;
    const cv = findQuestion(questionnaire, "cv")!;
    assert.ok(words(needs) > 3 * words(cv), `${words(needs)} words against ${words(cv)}`);
    assert.equal(screenSeconds(cv, WORDS_PER_MINUTE), 60 + screenSeconds(cv, 0));
  });

  it("gives a range from the shortest path to the longest, which the answers narrow", () => {
    const fresh = minutesLeft(questionnaire, {}, words);
    assert.ok(fresh.min < fresh.max, JSON.stringify(fresh));
    // At least as long as a fluent reader needs to read the shortest path, and more than the old "about 15 minutes".
    const shortestScreens = pathRange(questionnaire, {}).shortest;
    assert.ok(fresh.min * 60 >= shortestScreens * 10, JSON.stringify(fresh));
    const nothingHarder = minutesLeft(questionnaire, { "difficulty-topics": ["NONE"] }, words);
    assert.equal(nothingHarder.min, fresh.min);
    assert.ok(nothingHarder.max < fresh.max, JSON.stringify(nothingHarder));
    const fromInterview = minutesLeft(questionnaire, { "difficulty-topics": ["NONE"] }, words, "contact-methods");
    assert.ok(fromInterview.max < 6, JSON.stringify(fromInterview));
  });
});
