import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { aCompleteFile, aValidAnswer } from "@/tests/fixtures/answers";
import { questionnaire } from "./definition";
import {
  CHECK,
  START,
  canVisit,
  checkFile,
  effectiveAnswers,
  firstIncomplete,
  nextStep,
  offeredOptions,
  previousStep,
  progress,
  visibleQuestions,
} from "./engine";
import { IN_PERSON, type AnswerValue, type Question } from "./types";

const ids = (answers: Record<string, AnswerValue>) => visibleQuestions(questionnaire, answers).map((q) => q.id);

describe("the journey asks only what applies to the person", () => {
  it("asks about a vehicle only to people with a driving licence", () => {
    assert.ok(!ids({ "driving-licence": "NO_LICENCE" }).includes("vehicle"));
    assert.ok(!ids({}).includes("vehicle"));
    assert.ok(ids({ "driving-licence": "CAR_LICENCE" }).includes("vehicle"));
    assert.ok(ids({ "driving-licence": "FOREIGN_LICENCE" }).includes("vehicle"));
    assert.ok(!ids({ "driving-licence": IN_PERSON }).includes("vehicle"));
  });

  it("skips the last job for people who never worked", () => {
    const never = ids({ "time-without-work": "NEVER_WORKED" });
    for (const id of ["last-contract-end", "last-contract-reason", "past-jobs"]) assert.ok(!never.includes(id), id);
    assert.ok(ids({ "time-without-work": "UNDER_6_MONTHS" }).includes("last-contract-end"));
  });

  it("asks for an address only to people who have one", () => {
    assert.ok(!ids({ "has-address": "NO_STABLE_ADDRESS" }).includes("address"));
    assert.ok(ids({ "has-address": "YES" }).includes("address"));
  });

  it("does not ask how sure someone is of a job they do not know yet", () => {
    assert.ok(!ids({ "jobs-wanted": { jobs: [], unsure: true } }).includes("job-certainty"));
    assert.ok(ids({ "jobs-wanted": { jobs: [{ rome: "K2204" }], unsure: false } }).includes("job-certainty"));
  });

  it("ignores answers left on a branch that was closed later", () => {
    const answers = aCompleteFile({ "driving-licence": "CAR_LICENCE", vehicle: ["CAR"] });
    const changed = { ...answers, "driving-licence": "NO_LICENCE" };
    assert.ok(!("vehicle" in effectiveAnswers(questionnaire, changed)));
    assert.deepEqual(checkFile(questionnaire, effectiveAnswers(questionnaire, changed)), []);
  });

  it("does not offer as a strength what the person asked help for", () => {
    const strengths = questionnaire.questions.find((q) => q.id === "strengths")!;
    const offered = offeredOptions(strengths, { "help-needs": ["N9", "N15"] });
    assert.ok(!offered.includes("N9") && !offered.includes("N15") && offered.includes("N1"));
  });
});

describe("Continue, Back and progress", () => {
  it("goes from the start to the first question, and from the last to the check page", () => {
    const answers = aCompleteFile();
    const asked = ids(answers);
    assert.equal(nextStep(questionnaire, answers, START), asked[0]);
    assert.equal(nextStep(questionnaire, answers, asked.at(-1)!), CHECK);
    assert.equal(previousStep(questionnaire, answers, CHECK), asked.at(-1));
    assert.equal(previousStep(questionnaire, answers, asked[0]!), START);
  });

  it("counts steps among the questions actually asked", () => {
    const withLicence = aCompleteFile({ "driving-licence": "CAR_LICENCE" });
    const without = aCompleteFile({ "driving-licence": "NO_LICENCE" });
    const a = progress(questionnaire, withLicence, "transport")!;
    const b = progress(questionnaire, without, "transport")!;
    assert.equal(a.total, b.total + 1);
    assert.equal(a.step, b.step + 1);
    assert.equal(progress(questionnaire, withLicence, "filling-mode")!.step, 1);
    assert.equal(progress(questionnaire, without, "vehicle"), null);
  });

  it("lets no one skip ahead of a required question they have not answered", () => {
    assert.equal(canVisit(questionnaire, {}, "first-name"), false);
    assert.equal(canVisit(questionnaire, { "filling-mode": "ALONE" }, "first-name"), true);
    assert.equal(canVisit(questionnaire, { "filling-mode": "ALONE" }, CHECK), false);
    assert.equal(canVisit(questionnaire, aCompleteFile(), CHECK), true);
    assert.equal(firstIncomplete(questionnaire, { "filling-mode": "ALONE" }), "first-name");
    assert.equal(firstIncomplete(questionnaire, aCompleteFile()), CHECK);
  });

  it("never lets an invalid saved answer count as done", () => {
    const answers = { ...aCompleteFile(), phone: "not a phone" };
    assert.equal(firstIncomplete(questionnaire, answers), "phone");
  });
});

// A seeded generator keeps the walks reproducible from one run to the next.
function seeded(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed;
  };
}

describe("every path through the file ends on the check page", () => {
  it("reaches the check page from the start on 300 random paths, with a file the server accepts", () => {
    const random = seeded(7);
    for (let walk = 0; walk < 300; walk += 1) {
      const answers: Record<string, AnswerValue> = {};
      let step = nextStep(questionnaire, answers, START);
      let moves = 0;
      while (step !== CHECK) {
        const question = questionnaire.questions.find((q) => q.id === step)!;
        assert.ok(canVisit(questionnaire, answers, step), `walk ${walk} cannot visit ${step}`);
        // Optional questions are sometimes left blank, as people do.
        if (question.required || random() % 3 !== 0) answers[step] = aValidAnswer(question, random(), answers);
        const next = nextStep(questionnaire, answers, step);
        assert.equal(previousStep(questionnaire, answers, next === CHECK ? CHECK : next), step, `Back from ${next}`);
        step = next;
        moves += 1;
        assert.ok(moves <= questionnaire.questions.length, `walk ${walk} loops`);
      }
      assert.deepEqual(checkFile(questionnaire, answers), [], `walk ${walk}`);
    }
  });

  it("can reach every question of the file", () => {
    const reachable = (question: Question): boolean => {
      const overrides: Record<string, AnswerValue> = {};
      for (const condition of question.showIf ?? []) {
        if ("anyOf" in condition) {
          const source = questionnaire.questions.find((q) => q.id === condition.question)!;
          const value = condition.anyOf[0]!;
          overrides[condition.question] = source.type === "multiple" ? [value] : value;
        }
      }
      const answers = aCompleteFile(overrides);
      return ids(answers).includes(question.id) && canVisit(questionnaire, answers, question.id);
    };
    const unreachable = questionnaire.questions.filter((q) => !reachable(q)).map((q) => q.id);
    assert.deepEqual(unreachable, []);
  });

  it("has stable, unique, non-numbered ids, and conditions that only look back", () => {
    const seen = new Set<string>();
    for (const question of questionnaire.questions) {
      assert.match(question.id, /^[a-z]+(?:-[a-z]+)*$/, question.id);
      assert.ok(!seen.has(question.id), `${question.id} twice`);
      for (const condition of question.showIf ?? []) assert.ok(seen.has(condition.question), `${question.id} looks ahead`);
      seen.add(question.id);
    }
  });

  it("keeps sensitive topics optional", () => {
    for (const q of questionnaire.questions.filter((q) => q.sensitive)) assert.equal(q.required, false, q.id);
    for (const id of ["health", "housing-situation", "housing-difficulties", "money", "family", "papers", "disability-status"]) {
      assert.ok(questionnaire.questions.find((q) => q.id === id)?.sensitive, id);
    }
  });
});

describe("the server's check of a whole file", () => {
  it("accepts a complete file", () => {
    assert.deepEqual(checkFile(questionnaire, aCompleteFile()), []);
  });

  it("names unknown questions, questions not asked, missing and wrong answers", () => {
    assert.deepEqual(checkFile(questionnaire, { ...aCompleteFile(), "shoe-size": "42" }), [{ question: "shoe-size", error: "file.unknownQuestion" }]);
    const noLicence = aCompleteFile({ "driving-licence": "NO_LICENCE" });
    assert.deepEqual(checkFile(questionnaire, { ...noLicence, vehicle: ["CAR"] }), [{ question: "vehicle", error: "file.notAsked" }]);
    const { phone: _phone, ...withoutPhone } = aCompleteFile();
    assert.deepEqual(checkFile(questionnaire, withoutPhone), [{ question: "phone", error: "required.text" }]);
    assert.deepEqual(checkFile(questionnaire, { ...aCompleteFile(), "education-level": 3 }), [{ question: "education-level", error: "choice.unknown" }]);
    assert.deepEqual(checkFile(questionnaire, { ...aCompleteFile(), strengths: ["N9"], "help-needs": ["N9"] }), [{ question: "strengths", error: "choice.alreadyChosen" }]);
  });

  it("records 'I prefer to talk about it at the interview' as a real answer", () => {
    const answers = aCompleteFile({ health: [IN_PERSON], "housing-situation": IN_PERSON });
    assert.deepEqual(checkFile(questionnaire, answers), []);
    assert.deepEqual(effectiveAnswers(questionnaire, answers).health, [IN_PERSON]);
    assert.deepEqual(checkFile(questionnaire, { ...answers, health: [IN_PERSON, "REGULAR_ABSENCES"] }), [{ question: "health", error: "choice.exclusive" }]);
    assert.deepEqual(checkFile(questionnaire, { ...answers, "education-level": IN_PERSON }), [{ question: "education-level", error: "choice.unknown" }]);
  });
});
