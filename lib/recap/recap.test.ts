// The counsellor's recap from a sent file's answers: what comes first, which codes, what is kept for the interview.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { questionnaire } from "@/lib/questionnaire/definition";
import { effectiveAnswers } from "@/lib/questionnaire/engine";
import { aCompleteFile } from "@/tests/fixtures/answers";
import { CONSTRAINTS, OTHER_TOPICS } from "./codes";
import { buildRecap, readableAnswers } from "./recap";

const sent = (overrides: Parameters<typeof aCompleteFile>[0] = {}) => effectiveAnswers(questionnaire, aCompleteFile(overrides));

describe("the recap puts the person's words and reserved topics first", () => {
  it("lists health and housing 'to discuss' when the person prefers to talk about them in person", () => {
    const recap = buildRecap(sent({ health: ["NON_ABORDEE"], "housing-situation": "NON_ABORDEE", "housing-difficulties": ["NON_ABORDEE"] }));
    assert.deepEqual(recap.toDiscuss, [
      { topic: "health", code: "25" },
      { topic: "housing", code: "27" },
    ]);
    const byTopic = Object.fromEntries(recap.constraints.map((c) => [c.topic, c]));
    assert.equal(byTopic.health!.toDiscuss, true);
    assert.equal(byTopic.housing!.toDiscuss, true);
    assert.equal(byTopic.housing!.nothingReported, false);
  });

  it("keeps the message exactly as typed, line breaks and right-to-left text included", () => {
    const message = "  أحتاج إلى مساعدة\nمع السكن — merci  ";
    assert.equal(buildRecap(sent({ "message-to-counsellor": message })).message, message);
    assert.equal(buildRecap(sent({ "message-to-counsellor": "   " })).message, null);
  });

  it("names other reserved topics too (RQTH, mobility) in the questionnaire's order, each once", () => {
    const recap = buildRecap(sent({ transport: ["NON_ABORDEE"], "driving-licence": "NON_ABORDEE", "disability-status": "NON_ABORDEE" }));
    assert.deepEqual(recap.toDiscuss.map((t) => t.topic), ["disability", "mobility"]);
  });

  it("has nothing to discuss when the person answered everything", () => {
    assert.deepEqual(buildRecap(sent()).toDiscuss, []);
  });

  it("keeps every topic for the interview, as NON_ABORDEE, when the person will talk about all of it there", () => {
    const answers = sent({ "difficulty-topics": ["NON_ABORDEE"] });
    assert.ok(!("health" in answers) && !("driving-licence" in answers), "the topics are not asked");
    const recap = buildRecap(answers);
    assert.deepEqual(recap.toDiscuss.map((t) => t.topic), ["mobility", "family", "health", "basic-skills", "housing", "money", "papers", "digital"]);
    assert.ok(recap.constraints.filter((c) => c.topic !== "language").every((c) => c.toDiscuss && c.answered && c.situations.length === 0));
    // French spoken fluently: the language is not one of the topics.
    assert.equal(recap.constraints.find((c) => c.topic === "language")!.toDiscuss, false);
  });

  it("reports nothing, and nothing to discuss, on a topic the person did not choose", () => {
    const recap = buildRecap(sent({ "difficulty-topics": ["MONEY"], money: ["NO_INCOME"] }));
    assert.deepEqual(recap.toDiscuss, []);
    const byTopic = Object.fromEntries(recap.constraints.map((c) => [c.topic, c]));
    assert.deepEqual(byTopic.money!.situations.map((s) => s.option), ["NO_INCOME"]);
    assert.equal(byTopic.health!.nothingReported, true);
    assert.equal(buildRecap(sent({ "difficulty-topics": ["NONE"] })).constraints.every((c) => c.nothingReported), true);
  });
});

describe("the recap speaks France Travail's codes", () => {
  it("shows every constraint code 23 to 29, with the situations reported under each", () => {
    const recap = buildRecap(
      sent({ money: ["NO_INCOME", "OVER_INDEBTEDNESS"], "housing-situation": "NO_ACCOMMODATION", "housing-difficulties": ["NONE"], family: ["NONE"], papers: ["NO_IDENTITY_DOCUMENT"] }),
    );
    assert.deepEqual(recap.constraints.filter((c) => c.code).map((c) => c.code), ["23", "24", "25", "26", "27", "28", "29"]);
    const byCode = Object.fromEntries(recap.constraints.map((c) => [c.code ?? c.topic, c]));
    assert.deepEqual(byCode["28"]!.situations.map((s) => s.option), ["NO_INCOME", "OVER_INDEBTEDNESS"]);
    assert.deepEqual(byCode["27"]!.situations, [{ question: "housing-situation", option: "NO_ACCOMMODATION" }]);
    assert.deepEqual(byCode["29"]!.situations.map((s) => s.option), ["NO_IDENTITY_DOCUMENT"]);
    assert.equal(byCode["24"]!.nothingReported, true);
  });

  it("tells a housing situation from a difficulty, and 'none of these' from no answer", () => {
    const tenant = buildRecap(sent({ "housing-situation": "PRIVATE_TENANT", "housing-difficulties": ["RENT_DIFFICULTY"] }));
    const housing = tenant.constraints.find((c) => c.code === "27")!;
    assert.deepEqual(housing.context, [{ question: "housing-situation", option: "PRIVATE_TENANT" }]);
    assert.deepEqual(housing.situations, [{ question: "housing-difficulties", option: "RENT_DIFFICULTY" }]);
    const { money: _dropped, ...withoutMoney } = sent();
    const blank = buildRecap(withoutMoney).constraints.find((c) => c.code === "28")!;
    assert.equal(blank.answered, false);
    assert.equal(blank.nothingReported, false);
  });

  it("counts public transport as a mobility difficulty only for someone without a vehicle", () => {
    const without = buildRecap(sent({ "driving-licence": "NO_LICENCE", transport: ["PUBLIC_TRANSPORT"] })).constraints[0]!;
    assert.deepEqual(without.situations.map((s) => s.option), ["PUBLIC_TRANSPORT"]);
    const withCar = buildRecap(sent({ "driving-licence": "CAR_LICENCE", transport: ["CAR", "PUBLIC_TRANSPORT"] })).constraints[0]!;
    assert.deepEqual(withCar.situations, []);
    assert.deepEqual(withCar.context.map((s) => s.option), ["CAR_LICENCE", "CAR", "PUBLIC_TRANSPORT"]);
    const withScooter = buildRecap(sent({ "driving-licence": "NO_LICENCE", transport: ["MOTORBIKE_SCOOTER", "PUBLIC_TRANSPORT"] })).constraints[0]!;
    assert.deepEqual(withScooter.situations, []);
  });

  it("gives the needs by their codes 1 to 21 (there is no 7) from the one answer: needs, strengths, and those not explored", () => {
    const { needs } = buildRecap(sent({ "help-needs": { N15: "NEED", N9: "NEED", N1: "STRENGTH", N4: "NOT_NOW" } }));
    assert.deepEqual(needs.needs, [9, 15]);
    assert.deepEqual(needs.strengths, [1]);
    // "Not now" and the needs left unmarked are both left to explore at the interview.
    assert.equal(needs.notExplored.length, 17);
    assert.ok(needs.notExplored.includes(4));
    assert.ok(!needs.notExplored.includes(7));
  });

  it("leaves every need to explore when the person marked none", () => {
    const { needs } = buildRecap(sent({ "help-needs": {} }));
    assert.deepEqual([needs.needs, needs.strengths, needs.notExplored.length], [[], [], 20]);
  });

  it("keeps education levels and ROME codes as codes", () => {
    const recap = buildRecap(sent({ "education-level": "NV4", "jobs-wanted": { jobs: [{ rome: "J1501" }, { text: "Cuisinier en crèche" }], unsure: false } }));
    const rows = recap.sections.flatMap((s) => s.rows);
    assert.deepEqual(rows.find((r) => r.question.id === "education-level")!.value, { kind: "options", codes: ["NV4"], coded: true });
    assert.deepEqual(rows.find((r) => r.question.id === "jobs-wanted")!.value, { kind: "jobs", jobs: [{ rome: "J1501" }, { text: "Cuisinier en crèche" }], unsure: false });
  });

  it("says 'no stable address', 'no phone' and 'no e-mail' with their codes, not as words the person typed", () => {
    const rows = buildRecap(sent({ address: "NO_STABLE_ADDRESS", phone: "NO_PHONE", email: "NO_EMAIL", "contact-methods": ["LETTER"] })).sections.flatMap((s) => s.rows);
    const value = (id: string) => rows.find((r) => r.question.id === id)!.value;
    assert.deepEqual(value("address"), { kind: "none", code: "NO_STABLE_ADDRESS" });
    assert.deepEqual(value("phone"), { kind: "none", code: "NO_PHONE" });
    assert.deepEqual(value("email"), { kind: "none", code: "NO_EMAIL" });
    const typed = buildRecap(sent({ address: "12 rue des Lilas" })).sections.flatMap((s) => s.rows).find((r) => r.question.id === "address")!;
    assert.deepEqual(typed.value, { kind: "text", text: "12 rue des Lilas", free: true });
  });
});

describe("the recap says who entered what and what the interview needs", () => {
  it("asks for an interpreter when the person needs one, and keeps it for the interview when they prefer", () => {
    assert.equal(buildRecap(sent({ "interview-support": ["INTERPRETER"] })).interpreter, "needed");
    assert.equal(buildRecap(sent({ "french-level": "A_LITTLE", "language-needs": ["NEEDS_INTERPRETER"], "interview-support": ["NONE"] })).interpreter, "needed");
    assert.equal(buildRecap(sent({ "french-level": "A_LITTLE", "language-needs": ["NON_ABORDEE"], "interview-support": ["NONE"] })).interpreter, "to-discuss");
  });

  it("groups the answers entered with help by helper, in the questionnaire's order", () => {
    const camille = { name: "Camille", role: "volunteer", via: "same-device" };
    const recap = buildRecap(sent(), { phone: camille, "first-name": camille, money: { name: "Inès", role: "social-worker", via: "helper-device" } });
    assert.deepEqual(recap.helpers, [
      { ...camille, questions: ["first-name", "phone"] },
      { name: "Inès", role: "social-worker", via: "helper-device", questions: ["money"] },
    ]);
  });

  it("reads a file sent before the address and the vehicle were merged in the questions that now hold them", () => {
    const { address: _address, ...file } = sent({ "difficulty-topics": ["MOBILITY"], "driving-licence": "CAR_LICENCE", transport: ["PUBLIC_TRANSPORT"] });
    const answers = readableAnswers({ ...file, "has-address": "NO_STABLE_ADDRESS", vehicle: ["CAR"] });
    assert.equal(answers["address"], "NO_STABLE_ADDRESS");
    assert.deepEqual(answers["transport"], ["CAR", "PUBLIC_TRANSPORT"]);
    assert.ok(!("has-address" in answers) && !("vehicle" in answers));
    // With a car, the bus is no mobility difficulty, as it was not before the merge.
    assert.deepEqual(buildRecap(answers).constraints[0]!.situations, []);
  });

  it("reads only what the questionnaire understands from a stored file", () => {
    const answers = readableAnswers({ ...sent(), "a-removed-question": "X", health: ["NOT_AN_OPTION"] });
    assert.ok(!("a-removed-question" in answers));
    assert.ok(!("health" in answers));
  });

  it("never carries a score, a rank or a level of risk", () => {
    const text = JSON.stringify(buildRecap(sent({ money: ["NO_INCOME"], health: ["NON_ABORDEE"] })));
    assert.doesNotMatch(text, /score|rank|risk|priority|weight/i);
  });
});

describe("the recap's texts", () => {
  const fr = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../locales/fr/recap.json"), "utf8")) as {
    fields: Record<string, string>;
    topics: Record<string, string>;
  };
  it("has a short label for every question and a name for every topic", () => {
    assert.deepEqual(questionnaire.questions.filter((q) => !fr.fields[q.id]).map((q) => q.id), []);
    const topics = [...CONSTRAINTS.map((c) => c.topic), ...Object.values(OTHER_TOPICS)];
    assert.deepEqual(topics.filter((t) => !fr.topics[t]), []);
  });
});
