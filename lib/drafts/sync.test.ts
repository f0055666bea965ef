import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { HttpError, type DraftsApi } from "./api";
import { answersOf, mergeEntries, type AnswerChange, type Entries } from "./model";
import { MemoryDraftStore } from "./store";
import { DraftSync, type SyncState } from "./sync";

/** A server in memory, with the same conflict rule, that can be switched off like a lost connection. */
function aServer() {
  const drafts = new Map<string, Entries>();
  const server = {
    up: true,
    pushes: 0,
    drafts,
    api: {
      register: async (id: string) => {
        if (!server.up) throw new TypeError("Failed to fetch");
        if (!drafts.has(id)) drafts.set(id, {});
        return { resumeCode: "ABCD1234EFGH" };
      },
      push: async (id: string, _token: string, changes: AnswerChange[]) => {
        if (!server.up) throw new TypeError("Failed to fetch");
        server.pushes += 1;
        const refused = changes.filter((c) => c.questionId === "shoe-size");
        if (refused.length) throw new HttpError(422, { error: "invalid-answers", problems: refused.map((c) => ({ question: c.questionId, error: "file.unknownQuestion" })) });
        const incoming = Object.fromEntries(changes.map(({ questionId, ...entry }) => [questionId, entry]));
        drafts.set(id, mergeEntries(drafts.get(id) ?? {}, incoming));
        return drafts.get(id)!;
      },
      resume: async () => {
        throw new Error("not used");
      },
    } satisfies DraftsApi,
  };
  return server;
}

describe("answers given offline reach the server once the connection is back", () => {
  it("queues while offline, then sends everything once, without duplicates", async () => {
    const store = new MemoryDraftStore();
    const server = aServer();
    const states: SyncState[] = [];
    const sync = new DraftSync(store, server.api, (s) => states.push(s));
    server.up = false;
    await store.saveAnswer("first-name", "Awa", { changedAt: 1, outbox: true });
    await sync.flush();
    assert.equal(states.at(-1), "offline");
    await store.saveAnswer("first-name", "Awa D.", { changedAt: 2, outbox: true });
    await store.saveAnswer("phone", "0612345678", { changedAt: 3, outbox: true });
    server.up = true;
    await sync.flush();
    sync.stop();
    const draft = await store.load();
    assert.deepEqual(answersOf(server.drafts.get(draft.id)!), { "first-name": "Awa D.", phone: "0612345678" });
    assert.equal(server.pushes, 1);
    assert.deepEqual(await store.pendingChanges(), []);
    assert.equal(draft.server.resumeCode, "ABCD1234EFGH");
    assert.equal(states.at(-1), "synced");
  });

  it("takes newer answers from the server (another device) and keeps its own newer ones", async () => {
    const store = new MemoryDraftStore();
    const server = aServer();
    const sync = new DraftSync(store, server.api, () => {});
    const id = (await store.load()).id;
    server.drafts.set(id, { "first-name": { value: "From kiosk", changedAt: 10 }, phone: { value: "0700000000", changedAt: 1 } });
    await store.saveAnswer("phone", "0612345678", { changedAt: 5, outbox: true });
    await sync.flush();
    sync.stop();
    assert.deepEqual(answersOf((await store.load()).entries), { "first-name": "From kiosk", phone: "0612345678" });
  });

  it("does not let one refused answer block the others", async () => {
    const store = new MemoryDraftStore();
    const server = aServer();
    const sync = new DraftSync(store, server.api, () => {});
    await store.saveAnswer("shoe-size", "42", { changedAt: 1, outbox: true });
    await store.saveAnswer("first-name", "Awa", { changedAt: 2, outbox: true });
    await sync.flush();
    sync.stop();
    assert.deepEqual(answersOf(server.drafts.get((await store.load()).id)!), { "first-name": "Awa" });
    assert.deepEqual(await store.pendingChanges(), []);
  });
});
