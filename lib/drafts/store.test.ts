import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { answersOf } from "./model";
import { MemoryDraftStore, type DraftStore } from "./store";

const at = (revision: number, entries: Record<string, { value: unknown; changedAt: number }>) => ({
  revision,
  entries: Object.fromEntries(Object.entries(entries).map(([id, e]) => [id, { ...e, revision }])),
});

// The contract every DraftStore keeps; the IndexedDB twin is exercised by the browser tests.
export function draftStoreContract(name: string, make: () => DraftStore) {
  describe(`${name} keeps a person's draft`, () => {
    it("starts empty, unknown to the server, and keeps the same draft across loads", async () => {
      const store = make();
      const first = await store.load();
      assert.deepEqual(first.entries, {});
      assert.equal(first.server.registered, false);
      assert.equal(first.server.revision, 0);
      assert.equal((await store.load()).id, first.id);
      assert.ok(first.server.token.length >= 22);
    });

    it("records, replaces and clears answers, and never lets an older write from another tab win", async () => {
      const store = make();
      await store.saveAnswer("first-name", "Awa", { changedAt: 1, commit: true });
      await store.saveAnswer("languages", ["FR", "AR"], { changedAt: 2, commit: true });
      await store.saveAnswer("first-name", "Aïcha", { changedAt: 3, commit: true });
      await store.saveAnswer("first-name", "Stale tab", { changedAt: 2, commit: true });
      await store.saveAnswer("languages", undefined, { changedAt: 4, commit: true });
      assert.deepEqual(answersOf((await store.load()).entries), { "first-name": "Aïcha" });
    });

    it("sends only committed answers, one change per question, the latest", async () => {
      const store = make();
      await store.saveAnswer("phone", "06 12", { changedAt: 1, commit: false });
      await store.saveAnswer("first-name", "Aw", { changedAt: 2, commit: false });
      await store.saveAnswer("first-name", "Awa", { changedAt: 3, commit: true });
      assert.deepEqual(await store.pendingChanges(), [{ questionId: "first-name", value: "Awa", changedAt: 3 }]);
      assert.deepEqual(answersOf((await store.load()).entries), { phone: "06 12", "first-name": "Awa" });
    });

    it("commits nothing when the committed answer did not change, and keeps who typed it", async () => {
      const store = make();
      const helper = { kind: "helper" as const, role: "volunteer" as const, name: "Fatou" };
      await store.saveAnswer("first-name", "Awa", { changedAt: 1, commit: true, author: helper });
      await store.applyServer(at(1, { "first-name": { value: "Awa", changedAt: 1 } }), await store.pendingChanges());
      await store.saveAnswer("first-name", "Awa", { changedAt: 5, commit: true });
      assert.deepEqual(await store.pendingChanges(), []);
      assert.equal((await store.load()).entries["first-name"]!.changedAt, 1);
    });

    it("keeps a change typed while the previous one was being sent, and sends it next", async () => {
      const store = make();
      await store.saveAnswer("first-name", "Awa", { changedAt: 1, commit: true });
      const sending = await store.pendingChanges();
      await store.saveAnswer("first-name", "Awa D.", { changedAt: 2, commit: false });
      const draft = await store.applyServer(at(1, { "first-name": { value: "Awa", changedAt: 1 } }), sending);
      assert.equal(draft.server.revision, 1);
      assert.deepEqual(await store.pendingChanges(), [{ questionId: "first-name", value: "Awa D.", changedAt: 2 }]);
    });

    it("adopts the server's answers, its revision, and stops sending what the server refused", async () => {
      const store = make();
      await store.saveAnswer("first-name", "Awa", { changedAt: 5, commit: true });
      await store.saveAnswer("shoe-size", "42", { changedAt: 6, commit: true });
      const sent = await store.pendingChanges();
      await store.dropPending(sent.filter((c) => c.questionId === "shoe-size"));
      await store.applyServer(at(7, { "first-name": { value: "Aïcha", changedAt: 9 }, phone: { value: "0612345678", changedAt: 2 } }), sent);
      const draft = await store.load();
      assert.deepEqual(answersOf(draft.entries), { "first-name": "Aïcha", "shoe-size": "42", phone: "0612345678" });
      assert.equal(draft.server.revision, 7);
      assert.deepEqual(await store.pendingChanges(), []);
    });

    it("keeps the resume code the server issued last, whichever answer arrives last", async () => {
      const store = make();
      const { server } = await store.load();
      await store.setServer({ ...server, registered: true, resumeCode: "NEWER0000000", codeVersion: 2 });
      const draft = await store.setServer({ ...server, registered: true, resumeCode: "OLDER0000000", codeVersion: 1 });
      assert.equal(draft.server.resumeCode, "NEWER0000000");
    });

    it("does not let a caller change the stored draft by mutating what it got", async () => {
      const store = make();
      const draft = await store.saveAnswer("languages", ["FR"], { changedAt: 1, commit: false });
      (draft.entries.languages!.value as string[]).push("EN");
      assert.deepEqual((await store.load()).entries.languages!.value, ["FR"]);
    });

    it("moves whole to another store, unsent changes included", async () => {
      const store = make();
      await store.saveAnswer("first-name", "Awa", { changedAt: 1, commit: true });
      const other = make();
      await other.replace(await store.load());
      assert.deepEqual(await other.pendingChanges(), [{ questionId: "first-name", value: "Awa", changedAt: 1 }]);
    });

    it("reads a draft from before the update in today's questions once: the old answers go, what they say is sent", async () => {
      const store = make();
      const helper = { kind: "helper" as const, role: "volunteer" as const, name: "Fatou" };
      const old = await store.load();
      await store.replace({
        ...old,
        entries: {
          // Queued on this device before the update, by a helper; the rest came from the server.
          "has-address": { value: "NO_STABLE_ADDRESS", changedAt: 2, pending: true, author: helper },
          address: { value: "12 rue des Lilas", changedAt: 1 },
          vehicle: { value: ["CAR"], changedAt: 3 },
          transport: { value: ["WALKING"], changedAt: 4 },
        },
      });
      const draft = await store.load();
      assert.deepEqual(Object.keys(draft.entries).sort(), ["address", "transport"]);
      assert.deepEqual(answersOf(draft.entries), { address: "NO_STABLE_ADDRESS", transport: ["CAR", "WALKING"] });
      assert.deepEqual(await store.pendingChanges(), [
        { questionId: "address", value: "NO_STABLE_ADDRESS", changedAt: 2, author: helper },
        { questionId: "transport", value: ["CAR", "WALKING"], changedAt: 5 },
      ]);
      // Once the server has them, nothing is left to send, and the old answers never come back.
      await store.applyServer(at(3, { address: { value: "NO_STABLE_ADDRESS", changedAt: 2 }, transport: { value: ["CAR", "WALKING"], changedAt: 5 }, "has-address": { value: "YES", changedAt: 9 } }), await store.pendingChanges());
      assert.deepEqual(await store.pendingChanges(), []);
      assert.deepEqual(Object.keys((await store.load()).entries).sort(), ["address", "transport"]);
    });

    it("leaves a draft of this questionnaire as it is", async () => {
      const store = make();
      await store.saveAnswer("first-name", "Awa", { changedAt: 1, commit: true });
      const before = await store.load();
      assert.deepEqual(await store.load(), before);
    });

    it("marks the file as sent, and forgets everything on clear", async () => {
      const store = make();
      const before = await store.saveAnswer("first-name", "Awa", { changedAt: 1, commit: true });
      const sent = { reference: "RLS-7KQ2-M9XD", version: 1, sentAt: "2026-12-03T10:14:00.000Z", agency: { id: "paris-11", name: "France Travail Paris 11e", town: "Paris", postcode: "75011" } };
      assert.deepEqual((await store.setSent(sent)).sent, sent);
      assert.equal((await store.setSent({ ...sent, correcting: true })).sent?.correcting, true);
      await store.clear();
      const after = await store.load();
      assert.notEqual(after.id, before.id);
      assert.deepEqual(after.entries, {});
      assert.deepEqual(await store.pendingChanges(), []);
    });
  });
}

draftStoreContract("MemoryDraftStore", () => new MemoryDraftStore());
