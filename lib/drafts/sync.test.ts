import assert from "node:assert/strict";
import { describe, it, mock } from "node:test";
import { HttpError, type DraftsApi } from "./api";
import { answersOf, type AnswerChange } from "./model";
import type { ChangesResponse, ServerEntry } from "./protocol";
import { MemoryDraftStore } from "./store";
import { DraftSync, type SyncState } from "./sync";

/** Answers the way fetch does: later, with a failure as a rejection. */
const answer = <T,>(work: () => T): Promise<T> => new Promise((resolve) => resolve(work()));

/**
 * A server in memory that can be switched off like a lost connection or made to fail. It keeps whatever it is
 * sent (the conflict rule itself is tested against the real server, tests/integration/drafts.test.ts).
 */
function aServer() {
  const drafts = new Map<string, { revision: number; entries: Record<string, ServerEntry> }>();
  const since = (id: string, revision: number): ChangesResponse => {
    const draft = drafts.get(id)!;
    return { revision: draft.revision, entries: Object.fromEntries(Object.entries(draft.entries).filter(([, e]) => e.revision > revision)) };
  };
  const server = {
    up: true as boolean,
    failWith: null as number | null,
    calls: { register: 0, push: 0, pull: 0 },
    drafts,
    api: {
      register: (id: string) =>
        answer(() => {
          if (!server.up) throw new TypeError("Failed to fetch");
          server.calls.register += 1;
          if (!drafts.has(id)) drafts.set(id, { revision: 0, entries: {} });
          return { resumeCode: "ABCD1234EFGH", codeVersion: 1 };
        }),
      push: (id: string, _token: string, baseRevision: number, changes: AnswerChange[]) =>
        answer(() => {
          if (!server.up) throw new TypeError("Failed to fetch");
          server.calls.push += 1;
          if (server.failWith) throw new HttpError(server.failWith, { error: "test" });
          const refused = changes.filter((c) => c.questionId === "shoe-size");
          if (refused.length) throw new HttpError(422, { error: "invalid-answers", problems: refused.map((c) => ({ question: c.questionId, error: "file.unknownQuestion" })) });
          const draft = drafts.get(id)!;
          draft.revision += 1;
          for (const { questionId, value, changedAt } of changes) draft.entries[questionId] = { value, changedAt, revision: draft.revision };
          return since(id, baseRevision);
        }),
      pull: (id: string, _token: string, revision: number) =>
        answer(() => {
          if (!server.up) throw new TypeError("Failed to fetch");
          server.calls.pull += 1;
          return since(id, revision);
        }),
      resume: () =>
        answer(() => {
          throw new Error("not used");
        }),
      remove: () =>
        answer(() => {
          throw new Error("not used");
        }),
    } satisfies DraftsApi,
  };
  return server;
}

describe("committed answers reach the server, and only those", () => {
  it("keeps nothing on the server while nothing is answered", async () => {
    const server = aServer();
    const sync = new DraftSync(new MemoryDraftStore(), server.api);
    await sync.flush({ pull: true });
    sync.stop();
    assert.deepEqual(server.calls, { register: 0, push: 0, pull: 0 });
  });

  it("queues while offline, then sends everything once, and adopts the server's revision", async () => {
    const store = new MemoryDraftStore();
    const server = aServer();
    const states: SyncState[] = [];
    const sync = new DraftSync(store, server.api);
    sync.listen((s) => states.push(s));
    server.up = false;
    await store.saveAnswer("first-name", "Awa", { changedAt: 1, commit: true });
    await sync.flush();
    assert.equal(states.at(-1), "offline");
    await store.saveAnswer("first-name", "Awa D.", { changedAt: 2, commit: true });
    await store.saveAnswer("phone", "0612345678", { changedAt: 3, commit: true });
    await store.saveAnswer("email", "awa@exa", { changedAt: 4, commit: false });
    server.up = true;
    await sync.flush();
    sync.stop();
    const draft = await store.load();
    const onServer = server.drafts.get(draft.id)!;
    assert.deepEqual(Object.keys(onServer.entries).sort(), ["first-name", "phone"]);
    assert.equal(onServer.entries["first-name"]!.value, "Awa D.");
    assert.equal(server.calls.push, 1);
    assert.equal(draft.server.revision, onServer.revision);
    assert.deepEqual(await store.pendingChanges(), []);
    assert.equal(draft.server.resumeCode, "ABCD1234EFGH");
    assert.equal(states.at(-1), "synced");
  });

  it("takes what changed elsewhere when asked to catch up", async () => {
    const store = new MemoryDraftStore();
    const server = aServer();
    const sync = new DraftSync(store, server.api);
    await store.saveAnswer("phone", "0612345678", { changedAt: 5, commit: true });
    await sync.flush();
    const id = (await store.load()).id;
    await server.api.push(id, "t", 0, [{ questionId: "first-name", value: "From kiosk", changedAt: 10 }]);
    await sync.flush({ pull: true });
    sync.stop();
    assert.deepEqual(answersOf((await store.load()).entries), { "first-name": "From kiosk", phone: "0612345678" });
    assert.equal(server.calls.pull, 1);
  });

  it("does not let one refused answer block the others", async () => {
    const store = new MemoryDraftStore();
    const server = aServer();
    const sync = new DraftSync(store, server.api);
    await store.saveAnswer("shoe-size", "42", { changedAt: 1, commit: true });
    await store.saveAnswer("first-name", "Awa", { changedAt: 2, commit: true });
    await sync.flush();
    sync.stop();
    assert.deepEqual(Object.keys(server.drafts.get((await store.load()).id)!.entries), ["first-name"]);
    assert.deepEqual(await store.pendingChanges(), []);
  });

  it("retries while storage is down (503), but not a server bug (500), which would fail again", async () => {
    mock.timers.enable({ apis: ["setTimeout"] });
    try {
      for (const [status, pushesAfterWaiting] of [
        [503, 2],
        [500, 1],
      ] as const) {
        const store = new MemoryDraftStore();
        const server = aServer();
        const states: SyncState[] = [];
        const sync = new DraftSync(store, server.api);
        sync.listen((s) => states.push(s));
        await store.saveAnswer("first-name", "Awa", { changedAt: 1, commit: true });
        server.failWith = status;
        await sync.flush();
        assert.equal(states.at(-1), "failed");
        server.failWith = null;
        mock.timers.tick(60_000);
        await new Promise((resolve) => setImmediate(resolve));
        await new Promise((resolve) => setImmediate(resolve));
        assert.equal(server.calls.push, pushesAfterWaiting, `status ${status}`);
        // The next change (or the network coming back) sends it.
        await sync.flush();
        sync.stop();
        assert.deepEqual(await store.pendingChanges(), []);
      }
    } finally {
      mock.timers.reset();
    }
  });
});

describe("a draft started before the update", () => {
  it("sends its old answers once, in today's questions, and never the old questions", async () => {
    const store = new MemoryDraftStore();
    const server = aServer();
    const sent: string[] = [];
    const push = server.api.push;
    server.api.push = (id, token, base, changes) => {
      sent.push(...changes.map((c) => c.questionId));
      return push(id, token, base, changes);
    };
    const sync = new DraftSync(store, server.api);
    const draft = await store.load();
    // Queued offline before the update: never reached the server.
    await store.replace({
      ...draft,
      entries: {
        "has-address": { value: "NO_STABLE_ADDRESS", changedAt: 1, pending: true },
        "difficulty-topics": { value: ["MOBILITY"], changedAt: 2, pending: true },
        vehicle: { value: ["MOTORBIKE_SCOOTER"], changedAt: 3, pending: true },
      },
    });
    await sync.flush({ pull: true });
    await sync.flush({ pull: true });
    await sync.flush({ pull: true });
    sync.stop();
    assert.deepEqual(sent.sort(), ["address", "difficulty-topics", "transport"]);
    // One registration, one push; then only catching up, with nothing left to send.
    assert.deepEqual(server.calls, { register: 1, push: 1, pull: 2 });
    const onServer = server.drafts.get(draft.id)!.entries;
    assert.deepEqual({ address: onServer["address"]?.value, transport: onServer["transport"]?.value }, { address: "NO_STABLE_ADDRESS", transport: ["MOTORBIKE_SCOOTER"] });
    assert.deepEqual(await store.pendingChanges(), []);
  });

  it("does not take back an old answer the server still holds, nor send it again", async () => {
    const store = new MemoryDraftStore();
    const server = aServer();
    const sync = new DraftSync(store, server.api);
    await store.saveAnswer("first-name", "Awa", { changedAt: 1, commit: true });
    await sync.flush();
    const id = (await store.load()).id;
    // Stored by an instance still running the old code.
    server.drafts.get(id)!.entries["vehicle"] = { value: ["CAR"], changedAt: 2, revision: 5 };
    server.drafts.get(id)!.revision = 5;
    await sync.flush({ pull: true });
    await sync.flush({ pull: true });
    sync.stop();
    assert.ok(!("vehicle" in (await store.load()).entries));
    assert.deepEqual(await store.pendingChanges(), []);
    assert.deepEqual(server.calls, { register: 1, push: 1, pull: 2 });
  });
});

