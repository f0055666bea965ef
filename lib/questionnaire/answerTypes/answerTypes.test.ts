import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { z } from "zod";
import { questionnaire } from "../definition";
import { answerTypeOf, answerTypes } from "./index";

const today = () => new Date("2026-11-23T12:00:00Z");

describe("every answer type owns its answers", () => {
  it("has a module for every question type the file uses", () => {
    for (const question of questionnaire.questions) {
      assert.ok(Object.hasOwn(answerTypes, question.type), `${question.id}: no module for ${question.type}`);
    }
  });

  it("gives each question of its type a test answer that passes the question's own checks and the export's", () => {
    for (const question of questionnaire.questions) {
      const type = answerTypeOf(question);
      for (const pick of [0, 1, 2]) {
        const value = type.fixture(question, pick, {});
        const result = type.schema(question, today).safeParse(value);
        assert.ok(result.success, `${question.id} (${question.type}): ${JSON.stringify(value)} ${result.success ? "" : result.error.issues[0]?.message}`);
        assert.equal(type.checkWithOthers(question, value, {}), null, question.id);
        const exported = z.strictObject(type.exportFields(question)).safeParse(type.exported(question, value));
        assert.ok(exported.success, `${question.id}: export refuses ${JSON.stringify(value)}`);
      }
    }
  });

  it("starts a form empty: the empty value of each type is not an answer a required question accepts", () => {
    for (const question of questionnaire.questions.filter((q) => q.required)) {
      const type = answerTypeOf(question);
      const result = type.schema(question, today).safeParse(type.empty(question));
      assert.equal(result.success, false, question.id);
    }
  });
});
