import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { answersOf, isNewer, mergeEntries } from "./model";

describe("answers edited in two places keep the newest change of each", () => {
  it("keeps the later change of each question, whichever side it comes from", () => {
    const phone = { "first-name": { value: "Awa", changedAt: 10 }, phone: { value: "0612345678", changedAt: 30 } };
    const kiosk = { "first-name": { value: "Aïcha", changedAt: 20 }, phone: { value: "0700000000", changedAt: 5 } };
    assert.deepEqual(answersOf(mergeEntries(phone, kiosk)), { "first-name": "Aïcha", phone: "0612345678" });
    assert.deepEqual(answersOf(mergeEntries(kiosk, phone)), { "first-name": "Aïcha", phone: "0612345678" });
  });

  it("treats a cleared answer as a change that an older copy cannot bring back", () => {
    const merged = mergeEntries({ email: { value: null, changedAt: 50 } }, { email: { value: "a@b.fr", changedAt: 40 } });
    assert.deepEqual(answersOf(merged), {});
  });

  it("converges on equal times and ignores a replay of the same change", () => {
    const a = { value: "A", changedAt: 7 };
    const b = { value: "B", changedAt: 7 };
    assert.equal(isNewer(a, b), !isNewer(b, a));
    assert.equal(isNewer(a, a), false);
  });
});
