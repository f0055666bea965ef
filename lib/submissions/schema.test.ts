import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { aCompleteFile } from "@/tests/fixtures/answers";
import { paris11 } from "@/tests/fixtures/agencies";
import { QUESTIONNAIRE_VERSION } from "@/lib/questionnaire/definition";
import { submissionJsonSchema, toExported } from "./schema";

const file = (answers: Record<string, unknown>) => ({
  reference: "RLS-7K3M-9QXA",
  version: 1,
  sentAt: "2026-12-01T10:00:00.000Z",
  lang: "fr",
  questionnaireVersion: QUESTIONNAIRE_VERSION,
  agency: { id: paris11.id, name: paris11.name, town: paris11.town, postcode: paris11.postcode },
  answers,
  helped: {},
});

describe("the export of a file by a person with no phone and no e-mail", () => {
  it("carries NO_PHONE and NO_EMAIL as the answers, and a letter as the way to reach them", () => {
    const answers = aCompleteFile({ phone: "NO_PHONE", email: "NO_EMAIL", "contact-methods": ["LETTER"] });
    const exported = toExported(file(answers));
    assert.equal(exported.answers.phone, "NO_PHONE");
    assert.equal(exported.answers.email, "NO_EMAIL");
  });

  it("tells agency systems what NO_PHONE, NO_EMAIL and NO_STABLE_ADDRESS mean", () => {
    const schema = JSON.stringify(submissionJsonSchema("http://relais.test"));
    assert.match(schema, /NO_PHONE: the person has none/);
    assert.match(schema, /NO_EMAIL: the person has none/);
    assert.match(schema, /NO_STABLE_ADDRESS: the person has none/);
  });
});

describe("the export after issue 14 merged the address and the vehicle into other questions", () => {
  it("writes 'no stable address' as the address's code", () => {
    const exported = toExported(file(aCompleteFile({ address: "NO_STABLE_ADDRESS" })));
    assert.equal(exported.answers.address, "NO_STABLE_ADDRESS");
    assert.ok(!("has-address" in exported.answers));
  });

  it("still exports a file sent before, in this version's fields, and describes neither old field", () => {
    const { address: _address, ...answers } = aCompleteFile({ "difficulty-topics": ["MOBILITY"], "driving-licence": "CAR_LICENCE", transport: ["WALKING"] });
    const exported = toExported({ ...file({ ...answers, "has-address": "NO_STABLE_ADDRESS", vehicle: ["MOTORBIKE_SCOOTER", "CAR"] }), questionnaireVersion: "2026-12-03" });
    assert.equal(exported.answers.address, "NO_STABLE_ADDRESS");
    assert.deepEqual(exported.answers.transport, ["CAR", "MOTORBIKE_SCOOTER", "WALKING"]);
    assert.equal(exported.questionnaireVersion, "2026-12-03");
    const properties = (submissionJsonSchema("http://relais.test").properties as { answers: { properties: Record<string, unknown> } }).answers.properties;
    assert.ok(!("has-address" in properties) && !("vehicle" in properties));
    assert.ok("address" in properties && "transport" in properties);
  });

  it("credits a helper who said 'no stable address' on the old screen on the address", () => {
    const { address: _address, ...answers } = aCompleteFile();
    const fatou = { role: "volunteer", name: "Fatou", via: "same-device" };
    const exported = toExported({ ...file({ ...answers, "has-address": "NO_STABLE_ADDRESS" }), helped: { "has-address": fatou }, questionnaireVersion: "2026-12-03" });
    assert.deepEqual(exported.helped, { address: fatou });
  });
});
