// The person's control over their data and the retention of everything, on every database, through the route
// handlers where a person or an attacker would go: deletion and its cascade, tombstones, expiring resume codes,
// and the purge with an injected clock.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Db } from "@/lib/server/db";
import { DELETE as remove, GET as read, PUT as register } from "@/app/api/v1/drafts/[draftId]/route";
import { POST as push } from "@/app/api/v1/drafts/[draftId]/answers/route";
import { POST as openHelp } from "@/app/api/v1/drafts/[draftId]/help/route";
import { GET as readLogRoute } from "@/app/api/v1/drafts/[draftId]/log/route";
import { GET as readSent, POST as send } from "@/app/api/v1/drafts/[draftId]/submission/route";
import { POST as join } from "@/app/api/v1/help/join/route";
import { POST as helpAction } from "@/app/api/v1/help/[sessionId]/[action]/route";
import { POST as resume } from "@/app/api/v1/resume/route";
import { peerHeader } from "@/lib/server/clientAddress";
import { listTombstones } from "@/lib/server/deletion";
import { MAX_RESUME_CODES } from "@/lib/server/drafts";
import { allowAction } from "@/lib/server/rateLimits";
import { purge } from "@/lib/server/retention";
import type { RetentionDays } from "@/lib/privacy";
import { listInbox, openSubmission } from "@/lib/server/submissions";
import { aCompleteFile } from "@/tests/fixtures/answers";
import { paris11 } from "@/tests/fixtures/agencies";
import { onEveryDatabase, serveDuringSuite, type TestDatabase } from "./databases";

const token = () => crypto.randomUUID().replace(/-/g, "");
const params = (draftId: string) => ({ params: Promise.resolve({ draftId }) });
const json = (method: string, body?: unknown, headers: Record<string, string> = {}) =>
  new Request("http://relais.test/api", {
    method,
    headers: { "Content-Type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const bearer = (t: string) => ({ Authorization: `Bearer ${t}` });
const DAY = 24 * 60 * 60 * 1000;
const retention: RetentionDays = { draftIdle: 30, sentFile: 90, counters: 1, helpSession: 1 };

async function aDraftWith(answers: Record<string, unknown>) {
  const id = crypto.randomUUID();
  const mine = token();
  const registered = await register(json("PUT", { token: mine }), params(id));
  assert.equal(registered.status, 201);
  const { resumeCode } = (await registered.json()) as { resumeCode: string };
  const changes = Object.entries(answers).map(([questionId, value], i) => ({ questionId, value, changedAt: 1_000 + i }));
  const saved = await push(json("POST", { baseRevision: 0, changes }, bearer(mine)), params(id));
  assert.equal(saved.status, 200);
  const { revision } = (await saved.json()) as { revision: number };
  return { id, token: mine, resumeCode, revision };
}

async function sendToParis(draft: { id: string; token: string; revision: number }) {
  const sent = await send(json("POST", { agencyId: paris11.id, lang: "fr", consent: true, revision: draft.revision }, bearer(draft.token)), params(draft.id));
  assert.equal(sent.status, 201);
  return ((await sent.json()) as { reference: string }).reference;
}

const resumeWith = (code: string, client = "198.51.100.7") => resume(json("POST", { code }, peerHeader(client)));

/** Rows that still name the draft (or its reference), table by table. */
async function traces(db: Db, draftId: string, reference: string | null) {
  const count = async (sql: string, ...values: unknown[]) => Number((await db.query<{ n: string }>(sql, values)).rows[0]!.n);
  return {
    drafts: await count("SELECT count(*) AS n FROM drafts WHERE id = $1", draftId),
    answers: await count("SELECT count(*) AS n FROM draft_answers WHERE draft_id = $1", draftId),
    log: await count("SELECT count(*) AS n FROM answer_log WHERE draft_id = $1", draftId),
    tokens: await count("SELECT count(*) AS n FROM draft_tokens WHERE draft_id = $1", draftId),
    codes: await count("SELECT count(*) AS n FROM resume_codes WHERE draft_id = $1", draftId),
    help: await count("SELECT count(*) AS n FROM help_sessions WHERE draft_id = $1", draftId),
    sent: await count("SELECT count(*) AS n FROM submissions WHERE draft_id = $1 OR reference = $2", draftId, reference),
    reads: reference === null ? 0 : await count("SELECT count(*) AS n FROM access_log WHERE reference = $1", reference),
  };
}

function contract(name: string, open: () => Promise<TestDatabase>) {
  describe(`the person's data on ${name}`, () => {
    let db: Db;
    serveDuringSuite(open, { agencies: true, ready: (opened) => void (db = opened) });

    it("deleting a sent file removes it everywhere: every token, the code, help, versions and reads answer 404", async () => {
      const draft = await aDraftWith(aCompleteFile());
      const reference = await sendToParis(draft);
      // A second device, a helper, and a counsellor who read it.
      const resumed = await resumeWith(draft.resumeCode);
      assert.equal(resumed.status, 200);
      const other = (await resumed.json()) as { token: string };
      const help = await openHelp(json("POST", undefined, bearer(draft.token)), params(draft.id));
      assert.equal(help.status, 201);
      const { joinCode } = (await help.json()) as { joinCode: string };
      const joined = await join(json("POST", { code: joinCode, helper: { role: "volunteer", name: "Léa" }, lang: "fr" }, peerHeader("198.51.100.20")));
      assert.equal(joined.status, 201);
      const helper = (await joined.json()) as { sessionId: string; helperToken: string };
      assert.ok(await openSubmission(db, paris11.id, reference, { kind: "api-key", keyId: crypto.randomUUID() }));
      const before = await traces(db, draft.id, reference);
      assert.ok(Object.values(before).every((n) => n > 0), JSON.stringify(before));

      const deleted = await remove(json("DELETE", undefined, bearer(other.token)), params(draft.id));
      assert.equal(deleted.status, 204);
      assert.equal(deleted.headers.get("cache-control"), "no-store");

      assert.deepEqual(await traces(db, draft.id, reference), { drafts: 0, answers: 0, log: 0, tokens: 0, codes: 0, help: 0, sent: 0, reads: 0 });
      for (const t of [draft.token, other.token]) {
        assert.equal((await read(new Request("http://relais.test/x?since=0", { headers: bearer(t) }), params(draft.id))).status, 404);
        assert.equal((await readLogRoute(new Request("http://relais.test/x", { headers: bearer(t) }), params(draft.id))).status, 404);
        assert.equal((await readSent(new Request("http://relais.test/x", { headers: bearer(t) }), params(draft.id))).status, 404);
        assert.equal((await remove(json("DELETE", undefined, bearer(t)), params(draft.id))).status, 404);
      }
      assert.equal((await resumeWith(draft.resumeCode)).status, 404);
      const sessionParams = { params: Promise.resolve({ sessionId: helper.sessionId, action: "keep-alive" }) };
      assert.equal((await helpAction(json("POST", {}, bearer(helper.helperToken)), sessionParams)).status, 404);
      // A tab still open elsewhere cannot bring it back.
      assert.equal((await register(json("PUT", { token: draft.token }), params(draft.id))).status, 410);
      // The counsellors see that it was deleted, and when: nothing else.
      assert.equal(await openSubmission(db, paris11.id, reference, { kind: "api-key", keyId: crypto.randomUUID() }), null);
      assert.ok(!(await listInbox(db, paris11.id)).some((entry) => entry.reference === reference));
      const tombstone = (await listTombstones(db, paris11.id)).find((t) => t.reference === reference);
      assert.ok(tombstone);
      assert.deepEqual(Object.keys(tombstone).sort(), ["deletedAt", "reference"]);
    });

    it("refuses deletion without a token (401), with a foreign token or unknown id (404), and touches nothing", async () => {
      const draft = await aDraftWith({ "first-name": "Awa" });
      assert.equal((await remove(json("DELETE"), params(draft.id))).status, 401);
      assert.equal((await remove(json("DELETE", undefined, bearer(token())), params(draft.id))).status, 404);
      assert.equal((await remove(json("DELETE", undefined, bearer(draft.token)), params(crypto.randomUUID()))).status, 404);
      assert.equal((await remove(json("DELETE", undefined, bearer(draft.token)), params("not-a-uuid"))).status, 404);
      assert.equal((await traces(db, draft.id, null)).answers, 1);
    });

    it("an unsent draft leaves no tombstone a counsellor could see", async () => {
      const draft = await aDraftWith({ "first-name": "Awa" });
      const before = await listTombstones(db, paris11.id);
      assert.equal((await remove(json("DELETE", undefined, bearer(draft.token)), params(draft.id))).status, 204);
      assert.deepEqual(await listTombstones(db, paris11.id), before);
      assert.equal((await resumeWith(draft.resumeCode)).status, 404);
    });

    it("registering again keeps the codes already shown working (a lost response), up to a few", async () => {
      const draft = await aDraftWith({ "first-name": "Awa" });
      const codes = [draft.resumeCode];
      for (let i = 1; i < MAX_RESUME_CODES; i += 1) {
        const again = await register(json("PUT", { token: draft.token }), params(draft.id));
        assert.equal(again.status, 200);
        codes.push(((await again.json()) as { resumeCode: string }).resumeCode);
      }
      for (const code of codes) assert.equal((await resumeWith(code, "198.51.100.8")).status, 200, code);
      // One more: the oldest code stops working, the newest ones still do.
      const last = await register(json("PUT", { token: draft.token }), params(draft.id));
      const newest = ((await last.json()) as { resumeCode: string }).resumeCode;
      assert.equal((await resumeWith(codes[0]!, "198.51.100.8")).status, 404);
      assert.equal((await resumeWith(newest, "198.51.100.8")).status, 200);
      assert.equal((await resumeWith(codes[1]!, "198.51.100.8")).status, 200);
    });

    it("the purge deletes each kind of data when its time is up, not before", async () => {
      const idle = await aDraftWith({ "first-name": "Awa" });
      const sentDraft = await aDraftWith(aCompleteFile());
      const reference = await sendToParis(sentDraft);
      await openSubmission(db, paris11.id, reference, { kind: "api-key", keyId: crypto.randomUUID() });
      const helped = await openHelp(json("POST", undefined, bearer(idle.token)), params(idle.id));
      assert.equal(helped.status, 201);
      await allowAction(db, "send", "203.0.113.9", 10, 10);
      const counters = async () => Number((await db.query<{ n: string }>("SELECT count(*) AS n FROM rate_limits")).rows[0]!.n);
      assert.ok((await counters()) > 0);
      const now = Date.now();

      const early = await purge(db, retention, new Date(now + 12 * 60 * 60 * 1000));
      assert.ok(early);
      assert.equal(early.drafts, 0);
      assert.equal(early.helpSessions, 0);
      assert.equal(early.counters, 0);

      const dayTwo = await purge(db, retention, new Date(now + 2 * DAY));
      assert.ok(dayTwo && dayTwo.helpSessions >= 1 && dayTwo.counters >= 1, JSON.stringify(dayTwo));
      assert.equal((await traces(db, idle.id, null)).help, 0);
      assert.equal(await counters(), 0);
      assert.equal((await traces(db, idle.id, null)).drafts, 1);

      await purge(db, retention, new Date(now + 29 * DAY));
      assert.equal((await traces(db, idle.id, null)).drafts, 1);

      const month = await purge(db, retention, new Date(now + 31 * DAY));
      assert.ok(month && month.drafts >= 1, JSON.stringify(month));
      assert.deepEqual(await traces(db, idle.id, null), { drafts: 0, answers: 0, log: 0, tokens: 0, codes: 0, help: 0, sent: 0, reads: 0 });
      assert.equal((await resumeWith(idle.resumeCode, "198.51.100.9")).status, 404);
      // The sent file stays with its draft until 90 days after sending.
      assert.equal((await traces(db, sentDraft.id, reference)).drafts, 1);
      assert.ok(await openSubmission(db, paris11.id, reference, { kind: "api-key", keyId: crypto.randomUUID() }));

      const after = await purge(db, retention, new Date(now + 91 * DAY));
      assert.ok(after && after.sentVersions >= 1 && after.readRecords >= 1, JSON.stringify(after));
      assert.deepEqual(await traces(db, sentDraft.id, reference), { drafts: 0, answers: 0, log: 0, tokens: 0, codes: 0, help: 0, sent: 0, reads: 0 });
      assert.equal((await read(new Request("http://relais.test/x?since=0", { headers: bearer(sentDraft.token) }), params(sentDraft.id))).status, 404);
    });

    it("tombstones go after the sent files' retention; a second purge at once finds nothing left", async () => {
      const draft = await aDraftWith(aCompleteFile());
      const reference = await sendToParis(draft);
      assert.equal((await remove(json("DELETE", undefined, bearer(draft.token)), params(draft.id))).status, 204);
      const now = Date.now();
      await purge(db, retention, new Date(now + 89 * DAY));
      assert.ok((await listTombstones(db, paris11.id)).some((t) => t.reference === reference));
      await purge(db, retention, new Date(now + 91 * DAY));
      assert.ok(!(await listTombstones(db, paris11.id)).some((t) => t.reference === reference));
      const again = await purge(db, retention, new Date(now + 91 * DAY));
      assert.ok(again);
      assert.ok(Object.values(again).every((n) => n === 0), JSON.stringify(again));
    });
  });
}

onEveryDatabase("privacy", contract);
