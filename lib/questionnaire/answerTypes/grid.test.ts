import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { questionnaire } from "../definition";
import { findQuestion } from "../engine";
import { formatAnswer } from "../format";
import type { GridQuestion } from "../types";
import { grid } from "./grid";

const needs = findQuestion(questionnaire, "help-needs") as GridQuestion;
const today = () => new Date("2026-11-23T12:00:00Z");
const parse = (value: unknown) => grid.schema(needs, today).safeParse(value);

describe("the needs, asked once as a grid", () => {
  it("asks each of the 20 needs with the same three answers", () => {
    assert.equal(needs.type, "grid");
    assert.equal(needs.options.length, 20);
    assert.deepEqual(needs.columns, ["NEED", "STRENGTH", "NOT_NOW"]);
  });

  it("keeps the answer chosen for each need, and leaves out the needs not chosen (radios report them as null)", () => {
    const result = parse({ N9: "NEED", N1: "STRENGTH", N4: "NOT_NOW", N2: null, N3: undefined });
    assert.ok(result.success);
    assert.deepEqual(result.data, { N9: "NEED", N1: "STRENGTH", N4: "NOT_NOW" });
    // Nothing chosen at all is an answer the optional question accepts: every need is left to explore.
    assert.deepEqual(parse(grid.empty(needs)).data, {});
    assert.deepEqual(parse(undefined).data, {});
  });

  it("refuses a need that does not exist (there is no N7), an answer not offered, and a list", () => {
    for (const wrong of [{ N7: "NEED" }, { N9: "MAYBE" }, { N9: ["NEED"] }, ["N9", "N15"], "N9"]) {
      const result = parse(wrong);
      assert.equal(result.success, false, JSON.stringify(wrong));
      assert.equal(result.error?.issues[0]?.message, "choice.unknown", JSON.stringify(wrong));
    }
  });

  it("writes the export's two lists in the order of the needs: help-needs and strengths, 'not now' in neither", () => {
    assert.deepEqual(grid.exported(needs, { N15: "NEED", N9: "NEED", N1: "STRENGTH", N4: "NOT_NOW" }), { "help-needs": ["N9", "N15"], strengths: ["N1"] });
    assert.deepEqual(grid.exported(needs, { N1: "STRENGTH" }), { strengths: ["N1"] });
    assert.deepEqual(grid.exported(needs, { N4: "NOT_NOW" }), {});
    assert.deepEqual(Object.keys(grid.exportFields(needs)), ["help-needs", "strengths"]);
  });

  it("shows each need answered with its answer on 'check your answers', and draws only needs and strengths in the recap", () => {
    const tq = (key: string) => key;
    assert.deepEqual(formatAnswer(needs, { N9: "NEED", N1: "STRENGTH", N4: "NOT_NOW" }, tq, "fr", ""), [
      "needs.N1 — questions.help-needs.columns.STRENGTH",
      "needs.N4 — questions.help-needs.columns.NOT_NOW",
      "needs.N9 — questions.help-needs.columns.NEED",
    ]);
    assert.deepEqual(grid.recap(needs, { N9: "NEED", N1: "STRENGTH", N4: "NOT_NOW" }), {
      kind: "marks",
      marks: [
        { item: "N1", column: "STRENGTH" },
        { item: "N9", column: "NEED" },
      ],
    });
  });

  it("reads out every need and every answer for the time estimate and the translations", () => {
    const keys = grid.textKeys(needs);
    assert.ok(keys.includes("needs.N21") && keys.includes("questions.help-needs.columns.NOT_NOW"));
    assert.equal(keys.length, 23);
  });
});
