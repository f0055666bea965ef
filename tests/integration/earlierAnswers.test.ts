// Answers of questions merged by an update (issue 14: has-address into address, vehicle into transport), reaching
// the server after it: changes queued on a device before the update or sent by a tab still running the old code,
// and old answers the server stored before it. Each is stored once in today's questions, with who gave it.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PUT as register, GET as read } from "@/app/api/v1/drafts/[draftId]/route";
import { POST as push } from "@/app/api/v1/drafts/[draftId]/answers/route";
import { GET as readLog } from "@/app/api/v1/drafts/[draftId]/log/route";
import { GET as readSent, POST as send } from "@/app/api/v1/drafts/[draftId]/submission/route";
import { POST as openHelp } from "@/app/api/v1/drafts/[draftId]/help/route";
import { POST as joinHelp } from "@/app/api/v1/help/join/route";
import { POST as helpAction } from "@/app/api/v1/help/[sessionId]/[action]/route";
import { hiddenFromHelper, readSession } from "@/lib/server/handoff";
import type { Db } from "@/lib/server/db";
import { aCompleteFile } from "@/tests/fixtures/answers";
import { paris11 } from "@/tests/fixtures/agencies";
import { onEveryDatabase, serveDuringSuite, type TestDatabase } from "./databases";

const token = () => crypto.randomUUID().replace(/-/g, "");
const params = (draftId: string) => ({ params: Promise.resolve({ draftId }) });
const json = (method: string, body?: unknown, headers: Record<string, string> = {}) =>
  new Request("http://relais.test/api", { method, headers: { "Content-Type": "application/json", ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
const bearer = (t: string) => ({ Authorization: `Bearer ${t}` });
const fatou = { kind: "helper", role: "volunteer", name: "Fatou" } as const;

interface Entries {
  revision: number;
  entries: Record<string, { value: unknown; changedAt: number; revision: number }>;
}

async function aDraft() {
  const id = crypto.randomUUID();
  const mine = token();
  assert.equal((await register(json("PUT", { token: mine }), params(id))).status, 201);
  return { id, token: mine };
}

type Draft = Awaited<ReturnType<typeof aDraft>>;

async function pushChanges(draft: Draft, baseRevision: number, changes: unknown[]) {
  const response = await push(json("POST", { baseRevision, changes }, bearer(draft.token)), params(draft.id));
  return { status: response.status, body: (await response.json()) as Entries & { problems?: unknown } };
}

async function held(draft: Draft, since = 0) {
  const response = await read(new Request(`http://relais.test/x?since=${since}`, { headers: bearer(draft.token) }), params(draft.id));
  assert.equal(response.status, 200);
  return (await response.json()) as Entries;
}

const valuesOf = (entries: Entries["entries"]) => Object.fromEntries(Object.entries(entries).map(([id, e]) => [id, e.value]));

async function logOf(draft: Draft) {
  const response = await readLog(new Request("http://relais.test/x", { headers: bearer(draft.token) }), params(draft.id));
  return ((await response.json()) as { log: Array<{ questionId: string; value: unknown; author: { kind: string; name?: string }; via: string; changedAt: number }> }).log;
}

/** Old answers as the server stored them before the update (the old code took them like any other), logged. */
async function storedBeforeTheUpdate(db: Db, draft: Draft, answers: Array<{ questionId: string; value: unknown; changedAt: number; helper?: boolean }>) {
  for (const { questionId, value, changedAt, helper } of answers) {
    await db.query("INSERT INTO draft_answers (draft_id, question_id, value, changed_at, revision) SELECT $1, $2, $3, $4, revision FROM drafts WHERE id = $1", [
      draft.id,
      questionId,
      JSON.stringify(value),
      changedAt,
    ]);
    await db.query(
      `INSERT INTO answer_log (draft_id, question_id, value, author, helper_role, helper_name, via, device, changed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'old-tablet', $8)`,
      [draft.id, questionId, JSON.stringify(value), helper ? "helper" : "person", helper ? fatou.role : null, helper ? fatou.name : null, helper ? "same-device" : "own-device", changedAt],
    );
  }
}

async function oldRows(db: Db, draft: Draft) {
  const { rows } = await db.query<{ question_id: string }>("SELECT question_id FROM draft_answers WHERE draft_id = $1 AND question_id IN ('has-address', 'vehicle')", [draft.id]);
  return rows.map((r) => r.question_id);
}

function contract(name: string, open: () => Promise<TestDatabase>) {
  describe(`old answers reaching the server after the update, on ${name}`, () => {
    let db: Db;
    serveDuringSuite(open, { agencies: true, ready: (opened) => void (db = opened) });

    it("takes a 'no stable address' queued before the update as the address's answer, with the helper who gave it", async () => {
      const draft = await aDraft();
      const queued = await pushChanges(draft, 0, [
        { questionId: "first-name", value: "Awa", changedAt: 1 },
        { questionId: "has-address", value: "NO_STABLE_ADDRESS", changedAt: 2, author: fatou },
      ]);
      assert.equal(queued.status, 200);
      assert.equal(queued.body.entries["address"]?.value, "NO_STABLE_ADDRESS");
      // The device that sent it hears it answered for, so a device running the old code stops sending it.
      assert.deepEqual(queued.body.entries["has-address"], { value: "NO_STABLE_ADDRESS", changedAt: 2, revision: queued.body.revision });
      assert.deepEqual(valuesOf((await held(draft)).entries), { "first-name": "Awa", address: "NO_STABLE_ADDRESS" });
      assert.deepEqual(await oldRows(db, draft), []);
      const log = await logOf(draft);
      assert.deepEqual(
        log.map((row) => [row.questionId, row.value, row.author.kind, row.author.name, row.changedAt]),
        [
          ["first-name", "Awa", "person", undefined, 1],
          ["address", "NO_STABLE_ADDRESS", "helper", "Fatou", 2],
        ],
      );
    });

    it("accepts 'yes, I have an address' and stores nothing for it, unless it takes back an older 'no stable address'", async () => {
      const draft = await aDraft();
      const yes = await pushChanges(draft, 0, [{ questionId: "has-address", value: "YES", changedAt: 1 }]);
      assert.equal(yes.status, 200);
      assert.equal(yes.body.revision, 0);
      assert.deepEqual(valuesOf((await held(draft)).entries), {});
      const none = await pushChanges(draft, 0, [{ questionId: "address", value: "NO_STABLE_ADDRESS", changedAt: 2 }]);
      const backToYes = await pushChanges(draft, none.body.revision, [{ questionId: "has-address", value: "YES", changedAt: 3 }]);
      assert.equal(backToYes.status, 200);
      assert.deepEqual(valuesOf((await held(draft)).entries), { address: null });
      assert.deepEqual(await oldRows(db, draft), []);
    });

    it("puts a vehicle among the ways to get around, and not next to an answer that stands alone", async () => {
      const draft = await aDraft();
      // A tab running the old code: the vehicle, then the ways to get around, in one batch.
      const first = await pushChanges(draft, 0, [
        { questionId: "difficulty-topics", value: ["MOBILITY"], changedAt: 1 },
        { questionId: "vehicle", value: ["CAR"], changedAt: 2 },
        { questionId: "transport", value: ["WALKING"], changedAt: 3 },
      ]);
      assert.equal(first.status, 200);
      assert.deepEqual(first.body.entries["transport"], { value: ["CAR", "WALKING"], changedAt: 4, revision: first.body.revision });
      // The person changes the ways to get around on today's screen: nothing brings the car back.
      await pushChanges(draft, first.body.revision, [{ questionId: "transport", value: ["BIKE"], changedAt: 10 }]);
      assert.deepEqual(valuesOf((await held(draft)).entries)["transport"], ["BIKE"]);
      const alone = await aDraft();
      await pushChanges(alone, 0, [{ questionId: "transport", value: ["NO_TRANSPORT"], changedAt: 1 }]);
      const motorbike = await pushChanges(alone, 1, [{ questionId: "vehicle", value: ["MOTORBIKE_SCOOTER"], changedAt: 2 }]);
      assert.equal(motorbike.status, 200);
      assert.deepEqual(valuesOf((await held(alone)).entries), { transport: ["NO_TRANSPORT"] });
    });

    it("refuses an old answer the old screens could not give, naming the old question, and one from a foreign token", async () => {
      const draft = await aDraft();
      const refused = await pushChanges(draft, 0, [{ questionId: "vehicle", value: ["PLANE"], changedAt: 1 }]);
      assert.equal(refused.status, 422);
      assert.deepEqual(refused.body.problems, [{ question: "vehicle", error: "choice.unknown" }]);
      const foreign = await push(json("POST", { baseRevision: 0, changes: [{ questionId: "vehicle", value: ["CAR"], changedAt: 1 }] }, bearer(token())), params(draft.id));
      assert.equal(foreign.status, 404);
    });

    it("translates the old answers it stored before the update once, when read, keeping who gave them", async () => {
      const draft = await aDraft();
      const first = await pushChanges(draft, 0, [
        { questionId: "difficulty-topics", value: ["MOBILITY"], changedAt: 1 },
        { questionId: "transport", value: ["PUBLIC_TRANSPORT"], changedAt: 4 },
      ]);
      await storedBeforeTheUpdate(db, draft, [
        { questionId: "has-address", value: "NO_STABLE_ADDRESS", changedAt: 2, helper: true },
        { questionId: "vehicle", value: ["CAR"], changedAt: 3 },
      ]);
      const all = await held(draft);
      assert.deepEqual(valuesOf(all.entries), { "difficulty-topics": ["MOBILITY"], address: "NO_STABLE_ADDRESS", transport: ["CAR", "PUBLIC_TRANSPORT"] });
      assert.ok(all.revision > first.body.revision, "a new revision, so other devices catch up");
      assert.deepEqual(await oldRows(db, draft), []);
      const again = await held(draft);
      assert.equal(again.revision, all.revision, "translated once");
      const log = await logOf(draft);
      const address = log.filter((row) => row.questionId === "address");
      assert.deepEqual(address.map((row) => [row.value, row.author.name, row.via, row.changedAt]), [["NO_STABLE_ADDRESS", "Fatou", "same-device", 2]]);
      assert.deepEqual(log.filter((row) => row.questionId === "transport").map((row) => row.value), [["PUBLIC_TRANSPORT"], ["CAR", "PUBLIC_TRANSPORT"]]);
    });

    it("meets a device's own translation on equal times: the server's copy and its credit stay, logged once", async () => {
      const draft = await aDraft();
      await storedBeforeTheUpdate(db, draft, [{ questionId: "has-address", value: "NO_STABLE_ADDRESS", changedAt: 2, helper: true }]);
      // The device translated its copy of the old answer and sends it as a change of its own (no author).
      const mine = await pushChanges(draft, 0, [{ questionId: "address", value: "NO_STABLE_ADDRESS", changedAt: 2 }]);
      assert.equal(mine.status, 200);
      assert.deepEqual(mine.body.entries["address"]?.value, "NO_STABLE_ADDRESS");
      const address = (await logOf(draft)).filter((row) => row.questionId === "address");
      assert.deepEqual(address.map((row) => row.author.name), ["Fatou"]);
      assert.deepEqual(await oldRows(db, draft), []);
    });

    it("keeps back from a helper an answer the person kept back, once an old one is translated into it", async () => {
      const draft = await aDraft();
      const { body } = await pushChanges(draft, 0, [
        { questionId: "difficulty-topics", value: ["MOBILITY"], changedAt: 1 },
        { questionId: "transport", value: ["PUBLIC_TRANSPORT"], changedAt: 3 },
      ]);
      await storedBeforeTheUpdate(db, draft, [{ questionId: "vehicle", value: ["CAR"], changedAt: 2 }]);
      const opened = (await (await openHelp(json("POST", {}, bearer(draft.token)), params(draft.id))).json()) as { joinCode: string; sessionId: string };
      const joined = await joinHelp(json("POST", { code: opened.joinCode, helper: { role: "volunteer", name: "Fatou" }, lang: "fr" }, { "x-forwarded-for": `earlier-${draft.id}` }));
      assert.equal(joined.status, 201);
      const act = (name: string, who: string, payload: unknown = {}) => helpAction(json("POST", payload, bearer(who)), { params: Promise.resolve({ sessionId: opened.sessionId, action: name }) });
      assert.equal((await act("decision", draft.token, { accept: true })).status, 204);
      const hidden = async () => hiddenFromHelper(db, (await readSession(db, opened.sessionId))!);
      assert.deepEqual(await hidden(), ["transport"]);
      // Resumed on another device: the read meets the old answer and translates it.
      const translated = await held(draft);
      assert.deepEqual(translated.entries["transport"]?.value, ["CAR", "PUBLIC_TRANSPORT"]);
      assert.ok((translated.entries["transport"]?.revision ?? 0) > body.revision);
      assert.deepEqual(await hidden(), ["transport"], "still kept back at its new revision");
      assert.equal((await act("show", draft.token, { questionId: "transport" })).status, 204);
      assert.deepEqual(await hidden(), []);
    });

    it("credits a helper typing on their own device with an old answer in today's question", async () => {
      const draft = await aDraft();
      await pushChanges(draft, 0, [{ questionId: "difficulty-topics", value: ["MOBILITY"], changedAt: 1 }]);
      const opened = (await (await openHelp(json("POST", {}, bearer(draft.token)), params(draft.id))).json()) as { joinCode: string; sessionId: string };
      const joined = await joinHelp(json("POST", { code: opened.joinCode, helper: { role: "volunteer", name: "Fatou" }, lang: "fr" }, { "x-forwarded-for": `earlier-h-${draft.id}` }));
      const { helperToken } = (await joined.json()) as { helperToken: string };
      const act = (name: string, who: string, payload: unknown = {}) => helpAction(json("POST", payload, bearer(who)), { params: Promise.resolve({ sessionId: opened.sessionId, action: name }) });
      assert.equal((await act("decision", draft.token, { accept: true })).status, 204);
      assert.equal((await act("mode", draft.token, { mode: "helper-types" })).status, 204);
      // The helper's tab still runs the old code.
      assert.equal((await act("answers", helperToken, { baseRevision: 1, changes: [{ questionId: "vehicle", value: ["MOTORBIKE_SCOOTER"], changedAt: 5 }] })).status, 204);
      assert.deepEqual(valuesOf((await held(draft)).entries), { "difficulty-topics": ["MOBILITY"], transport: ["MOTORBIKE_SCOOTER"] });
      const transport = (await logOf(draft)).filter((row) => row.questionId === "transport");
      assert.deepEqual(transport.map((row) => [row.author.name, row.via]), [["Fatou", "helper-device"]]);
      assert.deepEqual(await oldRows(db, draft), []);
    });

    it("sends a file whose old answers it still held in today's questions, with the helper's credit", async () => {
      const { address: _address, ...file } = aCompleteFile({ "difficulty-topics": ["MOBILITY"], transport: ["WALKING"] });
      const draft = await aDraft();
      const changes = Object.entries(file).map(([questionId, value], i) => ({ questionId, value, changedAt: 1_000 + i }));
      const { body } = await pushChanges(draft, 0, changes);
      await storedBeforeTheUpdate(db, draft, [
        { questionId: "has-address", value: "NO_STABLE_ADDRESS", changedAt: 500, helper: true },
        { questionId: "vehicle", value: ["CAR"], changedAt: 600 },
      ]);
      const sendAt = (revision: number) => send(json("POST", { agencyId: paris11.id, lang: "fr", consent: true, revision }, bearer(draft.token)), params(draft.id));
      // Translated on the way: the person's device has not seen it yet, and is told so (it catches up, then sends).
      const stale = await sendAt(body.revision);
      assert.equal(stale.status, 409);
      const { revision } = (await stale.json()) as { revision: number };
      assert.ok(revision > body.revision);
      assert.equal((await sendAt(revision)).status, 201);
      const copy = (await (await readSent(new Request("http://relais.test/x", { headers: bearer(draft.token) }), params(draft.id))).json()) as {
        answers: Record<string, unknown>;
        helped: Record<string, { name: string }>;
      };
      assert.equal(copy.answers["address"], "NO_STABLE_ADDRESS");
      assert.deepEqual(copy.answers["transport"], ["CAR", "WALKING"]);
      assert.ok(!("has-address" in copy.answers) && !("vehicle" in copy.answers));
      assert.equal(copy.helped["address"]?.name, "Fatou");
    });
  });
}

onEveryDatabase("earlier", contract);
