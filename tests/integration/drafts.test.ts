// The drafts repository against every database it runs on: embedded PGlite always, PostgreSQL when
// DATABASE_URL is set (a throw-away database is created on that server and dropped afterwards).
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Db } from "@/lib/server/db";
import { openPglite, openThrowawayPostgres } from "./databases";
import { isAuthorised, readChangesSince, readLog, registerDraft, resumeDraft, saveChanges, RESUME_MAX_FAILURES } from "@/lib/server/drafts";
import { RESUME_ALPHABET, RESUME_LENGTH } from "@/lib/drafts/protocol";
import { NOW, conflictVectors } from "@/tests/fixtures/conflicts";

const token = () => crypto.randomUUID().replace(/-/g, "");
const onPhone = { via: "own-device" as const, device: "phone-1" };

async function aDraft(db: Db) {
  const id = crypto.randomUUID();
  const mine = token();
  const registered = await registerDraft(db, id, mine);
  assert.ok(registered.status === "created");
  return { id, token: mine, resumeCode: registered.resumeCode };
}

function contract(name: string, open: () => Promise<{ db: Db; close: () => Promise<void> }>) {
  describe(`drafts on ${name}`, () => {
    let db: Db;
    let close: () => Promise<void>;
    before(async () => ({ db, close } = await open()));
    after(async () => close());

    it("registers a draft once per device token, and a lost response can be retried", async () => {
      const id = crypto.randomUUID();
      const mine = token();
      const first = await registerDraft(db, id, mine);
      assert.ok(first.status === "created" && new RegExp(`^[${RESUME_ALPHABET}]{${RESUME_LENGTH}}$`).test(first.resumeCode));
      const again = await registerDraft(db, id, mine);
      assert.ok(again.status === "renewed" && again.codeVersion > first.codeVersion);
      assert.equal((await registerDraft(db, id, token())).status, "forbidden");
      assert.equal(await isAuthorised(db, id, mine), true);
      assert.equal(await isAuthorised(db, id, token()), false);
    });

    it("lets two tabs register the same draft at once: both succeed, one draft, every code given works", async () => {
      const id = crypto.randomUUID();
      const mine = token();
      const results = await Promise.all([registerDraft(db, id, mine), registerDraft(db, id, mine), registerDraft(db, id, mine)]);
      assert.ok(results.every((r) => r.status === "created" || r.status === "renewed"), JSON.stringify(results.map((r) => r.status)));
      assert.equal(results.filter((r) => r.status === "created").length, 1);
      // Every code handed out works: a tab that shows an older one (its response arrived first) is not left with
      // a dead code.
      for (const result of results) {
        assert.ok("resumeCode" in result);
        assert.equal((await resumeDraft(db, result.resumeCode, `tab-${id}`)).status, "ok");
      }
    });

    for (const vector of conflictVectors) {
      it(`conflict rule: ${vector.name}`, async () => {
        const draft = await aDraft(db);
        let revision = 0;
        if (vector.stored) {
          const first = await saveChanges(db, draft.id, draft.token, 0, [{ questionId: vector.questionId, ...vector.stored }], onPhone, NOW);
          assert.ok(first.status === "saved");
          revision = first.revision;
        }
        const result = await saveChanges(db, draft.id, draft.token, revision, [{ questionId: vector.questionId, ...vector.incoming }], onPhone, NOW);
        assert.ok(result.status === "saved");
        const { revision: _r, ...answered } = result.entries[vector.questionId]!;
        assert.deepEqual(answered, vector.kept);
        assert.equal(result.stored, vector.storedIt ? 1 : 0);
        assert.equal(result.revision, vector.storedIt ? revision + 1 : revision);
        const held = (await readChangesSince(db, draft.id, 0))!.entries[vector.questionId]!;
        assert.deepEqual({ value: held.value, changedAt: held.changedAt }, vector.kept);
        assert.equal((await readLog(db, draft.id)).length, (vector.stored ? 1 : 0) + (vector.storedIt ? 1 : 0));
      });
    }

    it("answers a device with only what changed after its revision, plus the questions it sent", async () => {
      const draft = await aDraft(db);
      const a = await saveChanges(db, draft.id, draft.token, 0, [{ questionId: "first-name", value: "Awa", changedAt: 1 }], onPhone);
      const b = await saveChanges(db, draft.id, draft.token, 0, [{ questionId: "phone", value: "0612345678", changedAt: 2 }], { via: "own-device", device: "kiosk" });
      assert.ok(a.status === "saved" && b.status === "saved");
      // The kiosk had not seen revision 1: it gets the first name too.
      assert.deepEqual(Object.keys(b.entries).sort(), ["first-name", "phone"]);
      const c = await saveChanges(db, draft.id, draft.token, b.revision, [{ questionId: "email", value: "awa@example.org", changedAt: 3 }], onPhone);
      assert.ok(c.status === "saved");
      assert.deepEqual(Object.keys(c.entries), ["email"]);
      assert.deepEqual(Object.keys((await readChangesSince(db, draft.id, b.revision))!.entries), ["email"]);
      assert.equal((await readChangesSince(db, draft.id, 0))!.revision, 3);
    });

    it("gives every writer of one draft at once a complete picture (no change missed between revisions)", async () => {
      const draft = await aDraft(db);
      const writers = Array.from({ length: 8 }, (_, i) =>
        saveChanges(db, draft.id, draft.token, 0, [{ questionId: `q${i}`, value: `v${i}`, changedAt: 10 + i }], { via: "own-device", device: `device-${i}` }),
      );
      const results = await Promise.all(writers);
      assert.equal((await readChangesSince(db, draft.id, 0))!.revision, 8);
      for (const result of results) {
        assert.ok(result.status === "saved" && result.stored === 1);
        // From revision 0, a device must learn every change up to the revision it is told.
        const known = Object.values(result.entries).filter((e) => e.revision <= result.revision);
        assert.equal(known.length, result.revision, `revision ${result.revision} came with ${known.length} answers`);
      }
    });

    it("refuses a device whose token does not open the draft, and stores nothing", async () => {
      const draft = await aDraft(db);
      const result = await saveChanges(db, draft.id, token(), 0, [{ questionId: "first-name", value: "Mallory", changedAt: 1 }], onPhone);
      assert.equal(result.status, "unknown");
      assert.deepEqual((await readChangesSince(db, draft.id, 0))!.entries, {});
    });

    it("stores a batch all or nothing", async () => {
      const draft = await aDraft(db);
      // Only a client that skips the schemas could send this: storage refuses NUL, and nothing of the batch stays.
      await assert.rejects(
        saveChanges(
          db,
          draft.id,
          draft.token,
          0,
          [
            { questionId: "first-name", value: "Awa", changedAt: 1 },
            { questionId: "other-difficulties-details", value: "a\u0000b", changedAt: 1 },
          ],
          onPhone,
        ),
      );
      assert.deepEqual((await readChangesSince(db, draft.id, 0))!.entries, {});
      assert.deepEqual(await readLog(db, draft.id), []);
    });

    it("logs a question passed over as left empty, and an answer taken back as cleared", async () => {
      const draft = await aDraft(db);
      await saveChanges(db, draft.id, draft.token, 0, [{ questionId: "email", value: null, changedAt: 1 }], onPhone);
      await saveChanges(db, draft.id, draft.token, 1, [{ questionId: "phone", value: "0612345678", changedAt: 2 }], onPhone);
      await saveChanges(db, draft.id, draft.token, 2, [{ questionId: "phone", value: null, changedAt: 3 }], onPhone);
      assert.deepEqual(
        (await readLog(db, draft.id)).map((e) => [e.questionId, e.kind]),
        [
          ["email", "left-empty"],
          ["phone", "answered"],
          ["phone", "cleared"],
        ],
      );
    });

    it("opens a draft with its code, on a new token, and refuses guessing after too many wrong codes", async () => {
      const draft = await aDraft(db);
      await saveChanges(db, draft.id, draft.token, 0, [{ questionId: "first-name", value: "Awa", changedAt: 1 }], onPhone);
      const resumed = await resumeDraft(db, draft.resumeCode, "client-a");
      assert.ok(resumed.status === "ok");
      assert.equal(resumed.draftId, draft.id);
      assert.equal(resumed.revision, 1);
      assert.equal(await isAuthorised(db, draft.id, resumed.token), true);
      assert.deepEqual(resumed.entries, { "first-name": { value: "Awa", changedAt: 1, revision: 1 } });

      const guesser = `client-${crypto.randomUUID()}`;
      for (let i = 0; i < RESUME_MAX_FAILURES; i += 1) assert.equal((await resumeDraft(db, "AAAAAAAAAAAA", guesser)).status, "unknown");
      assert.equal((await resumeDraft(db, draft.resumeCode, guesser)).status, "rate-limited");
      assert.equal((await resumeDraft(db, draft.resumeCode, "client-b")).status, "ok");
    });

    it("counts parallel guesses one by one: no burst slips past the limit", async () => {
      const guesser = `burst-${crypto.randomUUID()}`;
      const results = await Promise.all(Array.from({ length: 25 }, () => resumeDraft(db, "BBBBBBBBBBBB", guesser)));
      assert.equal(results.filter((r) => r.status === "unknown").length, RESUME_MAX_FAILURES);
      assert.equal(results.filter((r) => r.status === "rate-limited").length, 25 - RESUME_MAX_FAILURES);
    });
  });
}

contract("embedded PGlite", openPglite);

const serverUrl = process.env.DATABASE_URL;
if (serverUrl) {
  contract("PostgreSQL", () => openThrowawayPostgres(serverUrl, "drafts"));
}
