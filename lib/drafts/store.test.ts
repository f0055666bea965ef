import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { answersOf } from "./model";
import { MemoryDraftStore, type DraftStore } from "./store";

// The contract every DraftStore keeps; the IndexedDB twin is exercised by the browser tests.
export function draftStoreContract(name: string, make: () => DraftStore) {
  describe(`${name} keeps a person's draft`, () => {
    it("starts empty and keeps the same draft across loads", async () => {
      const store = make();
      const first = await store.load();
      assert.deepEqual(first.entries, {});
      assert.equal((await store.load()).id, first.id);
      assert.ok(first.server.token.length >= 22);
    });

    it("records, replaces and clears answers, and never lets an older change win", async () => {
      const store = make();
      await store.saveAnswer("first-name", "Awa", { changedAt: 1, outbox: true });
      await store.saveAnswer("languages", ["FR", "AR"], { changedAt: 2, outbox: true });
      await store.saveAnswer("first-name", "Aïcha", { changedAt: 3, outbox: true });
      await store.saveAnswer("first-name", "Stale tab", { changedAt: 2, outbox: true });
      await store.saveAnswer("languages", undefined, { changedAt: 4, outbox: true });
      assert.deepEqual(answersOf((await store.load()).entries), { "first-name": "Aïcha" });
    });

    it("queues one change per question for the server, and only those meant to be sent", async () => {
      const store = make();
      await store.saveAnswer("phone", "06 12", { changedAt: 1, outbox: false });
      await store.saveAnswer("first-name", "Aw", { changedAt: 2, outbox: true });
      await store.saveAnswer("first-name", "Awa", { changedAt: 3, outbox: true });
      assert.deepEqual(await store.pendingChanges(), [{ questionId: "first-name", value: "Awa", changedAt: 3 }]);
    });

    it("keeps a change typed while the previous one was being sent", async () => {
      const store = make();
      await store.saveAnswer("first-name", "Awa", { changedAt: 1, outbox: true });
      const sending = await store.pendingChanges();
      await store.saveAnswer("first-name", "Awa D.", { changedAt: 2, outbox: true });
      await store.acknowledge(sending);
      assert.deepEqual(await store.pendingChanges(), [{ questionId: "first-name", value: "Awa D.", changedAt: 2 }]);
      await store.acknowledge(await store.pendingChanges());
      assert.deepEqual(await store.pendingChanges(), []);
    });

    it("merges the server's answers by the same rule", async () => {
      const store = make();
      await store.saveAnswer("first-name", "Awa", { changedAt: 5, outbox: true });
      await store.applyRemote({ "first-name": { value: "Old", changedAt: 1 }, phone: { value: "0612345678", changedAt: 2 } });
      assert.deepEqual(answersOf((await store.load()).entries), { "first-name": "Awa", phone: "0612345678" });
    });

    it("does not let a caller change the stored draft by mutating what it got", async () => {
      const store = make();
      const draft = await store.saveAnswer("languages", ["FR"], { changedAt: 1, outbox: false });
      (draft.entries.languages!.value as string[]).push("EN");
      assert.deepEqual((await store.load()).entries.languages!.value, ["FR"]);
    });

    it("marks the file as sent, and forgets everything on clear", async () => {
      const store = make();
      const before = await store.saveAnswer("first-name", "Awa", { changedAt: 1, outbox: true });
      assert.equal((await store.markSubmitted(42)).submittedAt, 42);
      await store.clear();
      const after = await store.load();
      assert.notEqual(after.id, before.id);
      assert.deepEqual(after.entries, {});
      assert.deepEqual(await store.pendingChanges(), []);
    });
  });
}

draftStoreContract("MemoryDraftStore", () => new MemoryDraftStore());
