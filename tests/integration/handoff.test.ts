// Help sessions against every database: single-use codes, expiry, consent, idle end, guessing limits,
// the append-only answer log, and (PostgreSQL) notifications across connections.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { openDatabase, type Db } from "@/lib/server/db";
import { openPglite, openThrowawayPostgres } from "./databases";
import { readLog, registerDraft, saveChanges } from "@/lib/server/drafts";
import { JOIN_MAX_FAILURES, accessSession, decide, endSession, keepAlive, openSession, readSession, requestToJoin, stateOf } from "@/lib/server/handoff";

const fatou = { role: "volunteer" as const, name: "Fatou" };
const token = () => crypto.randomUUID().replace(/-/g, "");

async function aDraft(db: Db) {
  const id = crypto.randomUUID();
  const personToken = token();
  await registerDraft(db, id, personToken);
  return { id, personToken };
}

function contract(name: string, open: () => Promise<{ db: Db; close: () => Promise<void> }>) {
  describe(`help sessions on ${name}`, () => {
    let db: Db;
    let close: () => Promise<void>;
    before(async () => ({ db, close } = await open()));
    after(async () => close());

    it("turns a correct code into a request the person must accept, once", async () => {
      const draft = await aDraft(db);
      const opened = await openSession(db, draft.id, draft.personToken);
      assert.match(opened.joinCode, /^[0-9A-HJKMNP-TV-Z]{8}$/);
      const joined = await requestToJoin(db, { code: opened.joinCode }, fatou, "kiosk-1");
      assert.ok(joined.status === "requested");
      assert.equal((await requestToJoin(db, { code: opened.joinCode }, fatou, "kiosk-1")).status, "unknown");
      const helper = await accessSession(db, joined.sessionId, joined.helperToken);
      assert.equal(helper?.side, "helper");
      assert.equal(helper?.session.status, "requested");
      await decide(db, joined.sessionId, true);
      assert.equal((await readSession(db, joined.sessionId))?.status, "active");
      await endSession(db, joined.sessionId);
      assert.equal((await accessSession(db, joined.sessionId, joined.helperToken))?.session.status, "ended");
    });

    it("joins with the QR token too, and refuses expired codes", async () => {
      const draft = await aDraft(db);
      const opened = await openSession(db, draft.id, draft.personToken);
      assert.equal((await requestToJoin(db, { token: opened.joinToken }, fatou, "kiosk-2")).status, "requested");
      const late = await openSession(db, draft.id, draft.personToken);
      await db.query("UPDATE help_sessions SET code_expires_at = now() - interval '1 second' WHERE id = $1", [late.sessionId]);
      assert.equal((await requestToJoin(db, { code: late.joinCode }, fatou, "kiosk-2")).status, "unknown");
    });

    it("ends a session left idle", async () => {
      const draft = await aDraft(db);
      const opened = await openSession(db, draft.id, draft.personToken);
      const joined = await requestToJoin(db, { code: opened.joinCode }, fatou, "kiosk-3");
      assert.ok(joined.status === "requested");
      await decide(db, joined.sessionId, true);
      await db.query("UPDATE help_sessions SET last_activity = now() - interval '31 minutes' WHERE id = $1", [joined.sessionId]);
      assert.equal((await accessSession(db, joined.sessionId, joined.helperToken))?.session.status, "ended");
    });

    it("tells both screens how long is left before an idle end, and moves it on when someone carries on", async () => {
      const draft = await aDraft(db);
      const opened = await openSession(db, draft.id, draft.personToken);
      const joined = await requestToJoin(db, { code: opened.joinCode }, fatou, "kiosk-4");
      assert.ok(joined.status === "requested");
      await decide(db, joined.sessionId, true);
      const fresh = stateOf((await readSession(db, joined.sessionId))!).idleSecondsLeft!;
      assert.ok(fresh > 29 * 60 && fresh <= 30 * 60, `${fresh}`);
      await db.query("UPDATE help_sessions SET last_activity = now() - interval '29 minutes' WHERE id = $1", [joined.sessionId]);
      const late = stateOf((await readSession(db, joined.sessionId))!).idleSecondsLeft!;
      assert.ok(late > 0 && late <= 60, `${late}`);
      await keepAlive(db, joined.sessionId);
      const access = await accessSession(db, joined.sessionId, draft.personToken);
      assert.equal(access?.session.status, "active");
      assert.ok(stateOf(access.session).idleSecondsLeft! > 29 * 60);
      await endSession(db, joined.sessionId);
      assert.equal(stateOf((await readSession(db, joined.sessionId))!).idleSecondsLeft, null);
    });

    it("stops a client guessing codes", async () => {
      const guesser = `guesser-${crypto.randomUUID()}`;
      for (let i = 0; i < JOIN_MAX_FAILURES; i += 1) assert.equal((await requestToJoin(db, { code: "ZZZZZZZZ" }, fatou, guesser)).status, "unknown");
      const draft = await aDraft(db);
      const opened = await openSession(db, draft.id, draft.personToken);
      assert.equal((await requestToJoin(db, { code: opened.joinCode }, fatou, guesser)).status, "rate-limited");
    });

    it("logs who entered each stored change, and nothing for changes that lost", async () => {
      const draft = await aDraft(db);
      const phone = { via: "own-device" as const, device: "phone-1" };
      await saveChanges(db, draft.id, draft.personToken, 0, [{ questionId: "first-name", value: "Awa", changedAt: 10 }], phone);
      await saveChanges(db, draft.id, draft.personToken, 1, [{ questionId: "phone", value: "0612345678", changedAt: 20, author: { kind: "helper", ...fatou } }], phone);
      await saveChanges(db, draft.id, null, null, [{ questionId: "first-name", value: "Old", changedAt: 5 }], { via: "helper-device", device: "helper-1" });
      const log = await readLog(db, draft.id);
      assert.deepEqual(
        log.map((e) => [e.questionId, e.author.kind, e.author.kind === "helper" ? e.author.name : "", e.via, e.device]),
        [
          ["first-name", "person", "", "own-device", "phone-1"],
          ["phone", "helper", "Fatou", "same-device", "phone-1"],
        ],
      );
    });
  });
}

contract("embedded PGlite", openPglite);

const serverUrl = process.env.DATABASE_URL;
if (serverUrl) {
  contract("PostgreSQL", () => openThrowawayPostgres(serverUrl, "help"));

  describe("notifications across server instances (PostgreSQL)", () => {
    it("delivers a draft id published by one instance to another", async () => {
      const one = await openDatabase({ url: serverUrl, dataDir: null });
      const two = await openDatabase({ url: serverUrl, dataDir: null });
      const draftId = crypto.randomUUID();
      const received = new Promise<string>((resolve) => void two.listen("relais_test_channel", resolve));
      await new Promise((resolve) => setTimeout(resolve, 100));
      await one.notify("relais_test_channel", draftId);
      assert.equal(await received, draftId);
      await one.close();
      await two.close();
    });
  });
}
