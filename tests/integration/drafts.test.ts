// The drafts repository against every database it runs on: embedded PGlite always, PostgreSQL when
// DATABASE_URL is set (a throw-away database is created on that server and dropped afterwards).
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Db } from "@/lib/server/db";
import { openPglite, openThrowawayPostgres } from "./databases";
import { applyChanges, readEntries, registerDraft, resumeDraft, isAuthorised, RESUME_MAX_FAILURES } from "@/lib/server/drafts";
import { RESUME_ALPHABET, RESUME_LENGTH } from "@/lib/drafts/protocol";

const token = () => crypto.randomUUID().replace(/-/g, "");

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
      assert.equal((await registerDraft(db, id, mine)).status, "renewed");
      assert.equal((await registerDraft(db, id, token())).status, "forbidden");
      assert.equal(await isAuthorised(db, id, mine), true);
      assert.equal(await isAuthorised(db, id, token()), false);
    });

    it("keeps the newest change of each answer, whatever order changes arrive in", async () => {
      const id = crypto.randomUUID();
      await registerDraft(db, id, token());
      await applyChanges(db, id, [{ questionId: "first-name", value: "Aïcha", changedAt: 200 }]);
      await applyChanges(db, id, [
        { questionId: "first-name", value: "Awa", changedAt: 100 },
        { questionId: "languages", value: ["FR", "AR"], changedAt: 150 },
        { questionId: "birth-date", value: { day: "27", month: "3", year: "1990" }, changedAt: 150 },
      ]);
      // Replaying the same batch (an outbox sent twice) changes nothing.
      await applyChanges(db, id, [{ questionId: "languages", value: ["FR", "AR"], changedAt: 150 }]);
      await applyChanges(db, id, [{ questionId: "languages", value: null, changedAt: 300 }]);
      assert.deepEqual(await readEntries(db, id), {
        "first-name": { value: "Aïcha", changedAt: 200 },
        languages: { value: null, changedAt: 300 },
        "birth-date": { value: { day: "27", month: "3", year: "1990" }, changedAt: 150 },
      });
    });

    it("clamps changes stamped far in the future to the server's clock", async () => {
      const id = crypto.randomUUID();
      await registerDraft(db, id, token());
      await applyChanges(db, id, [{ questionId: "phone", value: "0612345678", changedAt: 9e12 }], { via: "own-device", device: "test-device" }, 1_000_000);
      assert.ok((await readEntries(db, id)).phone!.changedAt <= 1_000_000 + 5 * 60 * 1000);
    });

    it("opens a draft with its code, on a new token, and refuses guessing after too many wrong codes", async () => {
      const id = crypto.randomUUID();
      const registered = await registerDraft(db, id, token());
      assert.ok(registered.status === "created");
      await applyChanges(db, id, [{ questionId: "first-name", value: "Awa", changedAt: 1 }]);
      const resumed = await resumeDraft(db, registered.resumeCode, "client-a");
      assert.ok(resumed.status === "ok");
      assert.equal(resumed.draftId, id);
      assert.equal(await isAuthorised(db, id, resumed.token), true);
      assert.deepEqual(resumed.entries, { "first-name": { value: "Awa", changedAt: 1 } });

      const guesser = `client-${crypto.randomUUID()}`;
      for (let i = 0; i < RESUME_MAX_FAILURES; i += 1) assert.equal((await resumeDraft(db, "AAAAAAAAAAAA", guesser)).status, "unknown");
      assert.equal((await resumeDraft(db, registered.resumeCode, guesser)).status, "rate-limited");
      assert.equal((await resumeDraft(db, registered.resumeCode, "client-b")).status, "ok");
    });
  });
}

contract("embedded PGlite", openPglite);

const serverUrl = process.env.DATABASE_URL;
if (serverUrl) {
  contract("PostgreSQL", () => openThrowawayPostgres(serverUrl, "drafts"));
}
