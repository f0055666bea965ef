// Drafts and sent files from before issue 14 merged screens, read in this questionnaire's questions.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { aCompleteFile } from "@/tests/fixtures/answers";
import { questionnaire } from "./definition";
import { draftInThisQuestionnaire, helpedInThisQuestionnaire, isEarlierAnswer, sentInThisQuestionnaire } from "./earlier";
import { checkFile, effectiveAnswers } from "./engine";
import type { AnswerValue, Answers } from "./types";

const entry = (value: AnswerValue | null, changedAt: number) => ({ value, changedAt });

describe("a draft started before the update", () => {
  it("takes 'no stable address' said on the old yes/no screen as the address's answer", () => {
    const draft = draftInThisQuestionnaire({ "first-name": entry("Awa", 1), "has-address": entry("NO_STABLE_ADDRESS", 2) });
    assert.deepEqual(draft, { "first-name": entry("Awa", 1), address: entry("NO_STABLE_ADDRESS", 2) });
  });

  it("keeps the address typed or cleared after the old answer, and not one left behind before it", () => {
    const typedSince = { "has-address": entry("NO_STABLE_ADDRESS", 2), address: entry("12 rue des Lilas", 3) };
    assert.deepEqual(draftInThisQuestionnaire(typedSince), { address: entry("12 rue des Lilas", 3) });
    const leftBehind = { address: entry("12 rue des Lilas", 1), "has-address": entry("NO_STABLE_ADDRESS", 2) };
    assert.deepEqual(draftInThisQuestionnaire(leftBehind), { address: entry("NO_STABLE_ADDRESS", 2) });
    // "I have no stable address" unticked on today's screen, nothing typed yet: it stays unticked.
    const unticked = { address: entry(null, 3), "has-address": entry("NO_STABLE_ADDRESS", 2) };
    assert.deepEqual(draftInThisQuestionnaire(unticked), { address: entry(null, 3) });
    const clearedBefore = { address: entry(null, 1), "has-address": entry("NO_STABLE_ADDRESS", 2) };
    assert.deepEqual(draftInThisQuestionnaire(clearedBefore), { address: entry("NO_STABLE_ADDRESS", 2) });
  });

  it("drops 'yes, I have an address', which the address says, and takes back a 'no stable address' given before it", () => {
    const draft = draftInThisQuestionnaire({ "has-address": entry("YES", 1), address: entry("12 rue des Lilas", 2) });
    assert.deepEqual(draft, { address: entry("12 rue des Lilas", 2) });
    assert.deepEqual(draftInThisQuestionnaire({ address: entry("NO_STABLE_ADDRESS", 1), "has-address": entry("YES", 2) }), { address: entry(null, 2) });
    assert.deepEqual(draftInThisQuestionnaire({ "has-address": entry("YES", 1), address: entry("NO_STABLE_ADDRESS", 2) }), { address: entry("NO_STABLE_ADDRESS", 2) });
  });

  it("puts the old vehicle among the ways to get around, just after the transport answer it joins", () => {
    // The old screens asked the vehicle first: the transport answered after it is not a change made since.
    const draft = draftInThisQuestionnaire({ vehicle: entry(["CAR"], 3), transport: entry(["WALKING"], 4) });
    assert.deepEqual(draft, { transport: entry(["CAR", "WALKING"], 5) });
    assert.deepEqual(draftInThisQuestionnaire({ transport: entry(["BIKE"], 1), vehicle: entry(["MOTORBIKE_SCOOTER", "CAR"], 3) }), { transport: entry(["CAR", "MOTORBIKE_SCOOTER", "BIKE"], 3) });
    assert.deepEqual(draftInThisQuestionnaire({ vehicle: entry(["CAR"], 3) }), { transport: entry(["CAR"], 3) });
    assert.deepEqual(draftInThisQuestionnaire({ vehicle: entry(["CAR"], 3), transport: entry(null, 4) }), { transport: entry(["CAR"], 5) });
  });

  it("adds nothing with no vehicle, a vehicle already there, or a transport answer that stands alone", () => {
    assert.deepEqual(draftInThisQuestionnaire({ vehicle: entry(["NONE"], 1), transport: entry(["WALKING"], 2) }), { transport: entry(["WALKING"], 2) });
    assert.deepEqual(draftInThisQuestionnaire({ vehicle: entry(["NON_ABORDEE"], 1) }), {});
    assert.deepEqual(draftInThisQuestionnaire({ vehicle: entry(["CAR"], 1), transport: entry(["BIKE", "CAR"], 2) }), { transport: entry(["BIKE", "CAR"], 2) });
    assert.deepEqual(draftInThisQuestionnaire({ vehicle: entry(["CAR"], 1), transport: entry(["NO_TRANSPORT"], 2) }), { transport: entry(["NO_TRANSPORT"], 2) });
    assert.deepEqual(draftInThisQuestionnaire({ vehicle: entry(["CAR"], 1), transport: entry(["NON_ABORDEE"], 2) }), { transport: entry(["NON_ABORDEE"], 2) });
  });

  it("keeps the rest of the old answer (who gave it) on the answer it becomes", () => {
    const helper = { kind: "helper", role: "ADVISOR", name: "Léa" };
    const draft = draftInThisQuestionnaire({ "has-address": { ...entry("NO_STABLE_ADDRESS", 2), author: helper } });
    assert.deepEqual(draft, { address: { ...entry("NO_STABLE_ADDRESS", 2), author: helper } });
  });

  it("knows the answers the old screens could give, and no other", () => {
    assert.ok(isEarlierAnswer("has-address", "NO_STABLE_ADDRESS") && isEarlierAnswer("has-address", "YES") && isEarlierAnswer("has-address", null));
    assert.ok(isEarlierAnswer("vehicle", ["CAR", "MOTORBIKE_SCOOTER"]) && isEarlierAnswer("vehicle", ["NONE"]));
    assert.ok(!isEarlierAnswer("has-address", "MAYBE") && !isEarlierAnswer("vehicle", ["PLANE"]) && !isEarlierAnswer("vehicle", []) && !isEarlierAnswer("vehicle", "CAR"));
    assert.ok(!isEarlierAnswer("address", "12 rue des Lilas"));
  });

  it("ticks 'something to adapt for me' for an adaptation written on its old screen, in place of 'no one'", () => {
    const old = { "interview-support": entry(["NONE"], 1), "accessibility-needs": entry("Accès en fauteuil", 2) };
    assert.deepEqual(draftInThisQuestionnaire(old)["interview-support"], entry(["ADAPTATION"], 1));
    const withInterpreter = { "interview-support": entry(["INTERPRETER"], 1), "accessibility-needs": entry("Accès en fauteuil", 2) };
    assert.deepEqual(draftInThisQuestionnaire(withInterpreter)["interview-support"], entry(["INTERPRETER", "ADAPTATION"], 1));
    const noSupportAnswer = draftInThisQuestionnaire({ "accessibility-needs": entry("Accès en fauteuil", 2) });
    assert.deepEqual(noSupportAnswer["interview-support"], entry(["ADAPTATION"], 2));
  });

  it("leaves 'something to adapt for me' unticked once the person unticks it, and ticks nothing for a blank adaptation", () => {
    const unticked = { "accessibility-needs": entry("Accès en fauteuil", 2), "interview-support": entry(["INTERPRETER"], 3) };
    assert.deepEqual(draftInThisQuestionnaire(unticked), unticked);
    const blank = { "interview-support": entry(["NONE"], 1), "accessibility-needs": entry("  ", 2) };
    assert.deepEqual(draftInThisQuestionnaire(blank), blank);
  });

  it("sends what the person sees: an old draft's answers pass the server's check once read in this questionnaire", () => {
    const { address: _address, ...file } = aCompleteFile({ "difficulty-topics": ["MOBILITY"], transport: ["WALKING"] });
    const old = { ...file, "has-address": "NO_STABLE_ADDRESS", vehicle: ["CAR"] };
    const entries = Object.fromEntries(Object.entries(old).map(([id, value]) => [id, entry(value, 1)]));
    const answers = Object.fromEntries(Object.entries(draftInThisQuestionnaire(entries)).map(([id, e]) => [id, e.value as AnswerValue]));
    const sent = effectiveAnswers(questionnaire, answers);
    assert.deepEqual(checkFile(questionnaire, sent), []);
    assert.equal(sent["address"], "NO_STABLE_ADDRESS");
    assert.deepEqual(sent["transport"], ["CAR", "WALKING"]);
    // Without the reading, the old answers are left out and the file still goes through the engine without a crash.
    assert.deepEqual(checkFile(questionnaire, effectiveAnswers(questionnaire, old)), [{ question: "address", error: "required.text" }]);
  });
});

describe("a file sent before the update", () => {
  it("says 'no stable address' with its code in the address", () => {
    assert.deepEqual(sentInThisQuestionnaire({ "first-name": "Awa", "has-address": "NO_STABLE_ADDRESS" }), { "first-name": "Awa", address: "NO_STABLE_ADDRESS" });
    assert.deepEqual(sentInThisQuestionnaire({ "has-address": "YES", address: "12 rue des Lilas" }), { address: "12 rue des Lilas" });
  });

  it("puts a car or a motorbike among the ways to get around, and 'no vehicle' nowhere", () => {
    assert.deepEqual(sentInThisQuestionnaire({ vehicle: ["CAR", "MOTORBIKE_SCOOTER"], transport: ["PUBLIC_TRANSPORT"] }), {
      transport: ["CAR", "MOTORBIKE_SCOOTER", "PUBLIC_TRANSPORT"],
    });
    assert.deepEqual(sentInThisQuestionnaire({ vehicle: ["CAR"] }), { transport: ["CAR"] });
    assert.deepEqual(sentInThisQuestionnaire({ vehicle: ["NONE"], transport: ["WALKING"] }), { transport: ["WALKING"] });
    assert.deepEqual(sentInThisQuestionnaire({ vehicle: ["NON_ABORDEE"] }), {});
    assert.deepEqual(sentInThisQuestionnaire({ vehicle: ["CAR"], transport: ["CAR", "BIKE"] }), { transport: ["CAR", "BIKE"] });
  });

  it("leaves an answer that stands alone as it is", () => {
    assert.deepEqual(sentInThisQuestionnaire({ vehicle: ["CAR"], transport: ["NON_ABORDEE"] }), { transport: ["NON_ABORDEE"] });
    assert.deepEqual(sentInThisQuestionnaire({ vehicle: ["MOTORBIKE_SCOOTER"], transport: ["NO_TRANSPORT"] }), { transport: ["NO_TRANSPORT"] });
  });

  it("ticks 'something to adapt for me' for an adaptation written then, so the counsellor still reads it", () => {
    assert.deepEqual(sentInThisQuestionnaire({ "interview-support": ["NONE"], "accessibility-needs": "Accès en fauteuil" }), {
      "interview-support": ["ADAPTATION"],
      "accessibility-needs": "Accès en fauteuil",
    });
    const sent = effectiveAnswers(questionnaire, sentInThisQuestionnaire({ ...aCompleteFile({ "interview-support": ["SOMEONE_WITH_ME"] }), "accessibility-needs": "Accès en fauteuil" }) as Answers);
    assert.equal(sent["accessibility-needs"], "Accès en fauteuil");
    assert.deepEqual(sent["interview-support"], ["SOMEONE_WITH_ME", "ADAPTATION"]);
  });

  it("leaves a file of this questionnaire as it is", () => {
    const file = aCompleteFile();
    assert.deepEqual(sentInThisQuestionnaire(file), file);
  });
});

describe("who helped with a file sent before the update", () => {
  const fatou = { name: "Fatou", role: "volunteer", via: "same-device" };
  const marc = { name: "Marc", role: "social-worker", via: "helper-device" };

  it("credits the question that took an old answer over, when that answer came from the old one alone", () => {
    assert.deepEqual(helpedInThisQuestionnaire({ "has-address": fatou }, { "has-address": "NO_STABLE_ADDRESS" }), { address: fatou });
    assert.deepEqual(helpedInThisQuestionnaire({ vehicle: fatou }, { vehicle: ["CAR"] }), { transport: fatou });
  });

  it("keeps a credit of today's question, and gives none for what said nothing", () => {
    assert.deepEqual(helpedInThisQuestionnaire({ "has-address": fatou, address: marc }, { "has-address": "YES", address: "12 rue des Lilas" }), { address: marc });
    assert.deepEqual(helpedInThisQuestionnaire({ "has-address": fatou }, { "has-address": "YES", address: "12 rue des Lilas" }), {});
    // The person gave the ways to get around themselves: a helper's car alone does not make it theirs.
    assert.deepEqual(helpedInThisQuestionnaire({ vehicle: fatou }, { vehicle: ["CAR"], transport: ["BIKE"] }), {});
    assert.deepEqual(helpedInThisQuestionnaire({ vehicle: fatou }, { vehicle: ["NONE"] }), {});
    assert.deepEqual(helpedInThisQuestionnaire({ phone: marc }, { phone: "0612345678" }), { phone: marc });
  });
});
