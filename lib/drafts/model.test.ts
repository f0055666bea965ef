import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { conflictVectors } from "@/tests/fixtures/conflicts";
import { adoptServer, answersOf, pendingChanges, type Entries } from "./model";

describe("the device adopts what the server keeps", () => {
  for (const vector of conflictVectors) {
    it(`${vector.name}: the device ends with the server's copy, nothing left to send`, () => {
      const device: Entries = { [vector.questionId]: { ...vector.incoming, pending: true } };
      const sent = pendingChanges(device);
      const after = adoptServer(device, { revision: 2, entries: { [vector.questionId]: { ...vector.kept, revision: 2 } } }, sent);
      assert.deepEqual(after[vector.questionId], vector.kept);
      assert.deepEqual(pendingChanges(after), []);
    });
  }

  it("keeps an answer typed after it was sent, to send it next", () => {
    const device: Entries = { "first-name": { value: "Awa", changedAt: 1, pending: true } };
    const sent = pendingChanges(device);
    device["first-name"] = { value: "Awa D.", changedAt: 2, pending: true };
    const after = adoptServer(device, { revision: 3, entries: { "first-name": { value: "Awa", changedAt: 1, revision: 3 } } }, sent);
    assert.deepEqual(pendingChanges(after), [{ questionId: "first-name", value: "Awa D.", changedAt: 2 }]);
  });

  it("takes changes made elsewhere (a live delta), but not over an answer waiting to be sent", () => {
    const device: Entries = { phone: { value: "0612345678", changedAt: 5, pending: true }, email: { value: "a@b.fr", changedAt: 1 } };
    const after = adoptServer(device, {
      revision: 9,
      entries: { phone: { value: "0700000000", changedAt: 9, revision: 9 }, email: { value: null, changedAt: 8, revision: 9 } },
    });
    assert.deepEqual(answersOf(after), { phone: "0612345678" });
  });
});
