import assert from "node:assert/strict";
import { test } from "node:test";
import { awa } from "@/tests/fixtures/people";
import { questionnaire } from "./definition";
import { CHECK, nextStep } from "./engine";
import { possibleNextSteps } from "./upcoming";

test("a choice that opens a follow-up leads to it or past it, whatever was answered before", () => {
  const before = { ...awa, "time-without-work": undefined };
  const steps = possibleNextSteps(questionnaire, before, "time-without-work");
  assert.ok(steps.includes("last-contract-end"));
  assert.ok(steps.includes("availability"));
});

test("a text question leads to one next step, the one Continue takes", () => {
  assert.deepEqual(possibleNextSteps(questionnaire, awa, "first-name"), [nextStep(questionnaire, awa, "first-name")]);
});

test("the last question leads to the check page, and an unknown one nowhere", () => {
  const last = questionnaire.questions.at(-1);
  assert.ok(last);
  assert.ok(possibleNextSteps(questionnaire, awa, last.id).includes(CHECK));
  assert.deepEqual(possibleNextSteps(questionnaire, awa, "no-such-question"), []);
});
