import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DEFAULT_PRIVACY_CONTACT, DEFAULT_RETENTION_DAYS, parseDays, privacyContactFrom, retentionFrom } from "./privacy";

describe("how long data is kept, from the environment", () => {
  it("keeps drafts 30 days idle, sent files 90 days, counters and ended help 1 day when nothing is set", () => {
    assert.deepEqual(retentionFrom({}), { draftIdle: 30, sentFile: 90, counters: 1, helpSession: 1 });
    assert.deepEqual(retentionFrom({}), DEFAULT_RETENTION_DAYS);
  });

  it("reads each period from its own variable", () => {
    const days = retentionFrom({
      RELAIS_RETAIN_DRAFT_DAYS: "14",
      RELAIS_RETAIN_SENT_DAYS: " 180 ",
      RELAIS_RETAIN_COUNTERS_DAYS: "2",
      RELAIS_RETAIN_HELP_DAYS: "7",
    });
    assert.deepEqual(days, { draftIdle: 14, sentFile: 180, counters: 2, helpSession: 7 });
  });

  it("falls back to the default for a value that is not a whole number of days, 1 or more", () => {
    for (const value of ["", " ", "0", "-5", "2.5", "1e2", "+3", "30d", "thirty", "0x1e", "Infinity", "NaN", "36501", "99999999999999999999"]) {
      assert.equal(parseDays(value), null, JSON.stringify(value));
      assert.equal(retentionFrom({ RELAIS_RETAIN_SENT_DAYS: value }).sentFile, 90, JSON.stringify(value));
    }
  });

  it("accepts plain digits, leading zeros included", () => {
    assert.equal(parseDays("1"), 1);
    assert.equal(parseDays("007"), 7);
    assert.equal(parseDays("36500"), 36_500);
    assert.equal(parseDays(undefined), null);
  });

  it("leaves the other periods alone when one is invalid", () => {
    assert.deepEqual(retentionFrom({ RELAIS_RETAIN_DRAFT_DAYS: "zero", RELAIS_RETAIN_HELP_DAYS: "3" }), { draftIdle: 30, sentFile: 90, counters: 1, helpSession: 3 });
  });

  it("cannot be changed by the code that reads it", () => {
    const days = retentionFrom({});
    assert.throws(() => {
      (days as { draftIdle: number }).draftIdle = 1;
    }, TypeError);
    assert.throws(() => {
      (DEFAULT_RETENTION_DAYS as { sentFile: number }).sentFile = 1;
    }, TypeError);
  });
});

describe("whom to write to about one's data", () => {
  it("names the configured address, or the default one", () => {
    assert.equal(privacyContactFrom({ RELAIS_PRIVACY_CONTACT: "donnees@agence.example" }), "donnees@agence.example");
    assert.equal(privacyContactFrom({}), DEFAULT_PRIVACY_CONTACT);
    assert.equal(privacyContactFrom({ RELAIS_PRIVACY_CONTACT: "  " }), "dpo@relais.example");
  });
});
