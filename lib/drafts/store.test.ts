import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MemoryDraftStore, type DraftStore } from "./store";

// The contract every DraftStore keeps; the IndexedDB twin is exercised by the browser tests.
function contract(name: string, make: () => DraftStore) {
  describe(`${name} keeps a person's draft`, () => {
    it("starts empty and keeps the same draft across loads", async () => {
      const store = make();
      const first = await store.load();
      assert.deepEqual(first.answers, {});
      assert.equal((await store.load()).id, first.id);
    });

    it("records, replaces and removes answers", async () => {
      const store = make();
      await store.saveAnswer("first-name", "Awa");
      await store.saveAnswer("languages", ["FR", "AR"]);
      await store.saveAnswer("first-name", "Aïcha");
      await store.saveAnswer("languages", undefined);
      assert.deepEqual((await store.load()).answers, { "first-name": "Aïcha" });
    });

    it("does not let a caller change the stored draft by mutating what it got", async () => {
      const store = make();
      const draft = await store.saveAnswer("languages", ["FR"]);
      (draft.answers.languages as string[]).push("EN");
      assert.deepEqual((await store.load()).answers.languages, ["FR"]);
    });

    it("marks the file as sent and forgets everything on clear", async () => {
      const store = make();
      const before = await store.saveAnswer("first-name", "Awa");
      assert.equal((await store.markSubmitted(42)).submittedAt, 42);
      await store.clear();
      const after = await store.load();
      assert.notEqual(after.id, before.id);
      assert.deepEqual(after.answers, {});
    });
  });
}

contract("MemoryDraftStore", () => new MemoryDraftStore());
