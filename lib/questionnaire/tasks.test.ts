// The task list: each section's status follows what the person passed and answered, and links only where the journey goes.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { aCompleteFile } from "@/tests/fixtures/answers";
import { questionnaire } from "./definition";
import { visibleQuestions } from "./engine";
import { readyToCheck, taskList } from "./tasks";
import type { AnswerValue } from "./types";

const passedUpTo = (answers: Record<string, AnswerValue>, last: string) => {
  const ids = visibleQuestions(questionnaire, answers).map((q) => q.id);
  const kept = ids.slice(0, ids.indexOf(last) + 1);
  return { answers: Object.fromEntries(kept.filter((id) => id in answers).map((id) => [id, answers[id]!])), seen: new Set(kept) };
};

describe("the task list", () => {
  it("lists every section once, in order, not started on a new file, with only the first one open", () => {
    const tasks = taskList(questionnaire, {}, new Set());
    assert.deepEqual(tasks.map((t) => t.section), questionnaire.sections.map((s) => s.id));
    assert.deepEqual(tasks[0], { section: "start", status: "not-started", step: "filling-mode" });
    assert.ok(tasks.slice(1).every((t) => t.status === "cannot-start" && t.step === null));
  });

  it("says done, to finish and not started after part of the file, and leads to the next question of each", () => {
    const { answers, seen } = passedUpTo(aCompleteFile(), "time-without-work");
    const byId = Object.fromEntries(taskList(questionnaire, answers, seen).map((t) => [t.section, t]));
    assert.deepEqual(byId.me, { section: "me", status: "done", step: "first-name" });
    assert.deepEqual(byId.situation, { section: "situation", status: "to-do", step: "last-contract-end" });
    assert.equal(byId.rights!.status, "cannot-start");
    assert.equal(readyToCheck(questionnaire, answers, taskList(questionnaire, answers, seen)), false);
  });

  it("counts an optional question left blank as passed, and a section whose questions are all passed as done", () => {
    const { answers, seen } = passedUpTo(aCompleteFile({ benefits: [] }), "disability-status");
    delete answers.benefits;
    const rights = taskList(questionnaire, answers, seen).find((t) => t.section === "rights")!;
    assert.equal(rights.status, "done");
    const background = taskList(questionnaire, answers, seen).find((t) => t.section === "background")!;
    assert.deepEqual(background, { section: "background", status: "not-started", step: "education-level" });
  });

  it("is all done, with the check page open, once the whole file is answered", () => {
    const answers = aCompleteFile();
    const seen = new Set(Object.keys(answers));
    assert.ok(taskList(questionnaire, answers, seen).every((t) => t.status === "done"));
    assert.equal(readyToCheck(questionnaire, answers, taskList(questionnaire, answers, seen)), true);
  });
});
