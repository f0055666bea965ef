// Sending a file, on every database, through the route handlers: built from the server's own answers at the
// revision the person checked, immutable versions under one reference, the person's copy and who read it.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Db } from "@/lib/server/db";
import { PUT as register } from "@/app/api/v1/drafts/[draftId]/route";
import { POST as push } from "@/app/api/v1/drafts/[draftId]/answers/route";
import { GET as readSent, POST as send } from "@/app/api/v1/drafts/[draftId]/submission/route";
import { GET as agencies } from "@/app/api/v1/agencies/route";
import { POST as openHelp } from "@/app/api/v1/drafts/[draftId]/help/route";
import { POST as joinHelp } from "@/app/api/v1/help/join/route";
import { POST as helpAction } from "@/app/api/v1/help/[sessionId]/[action]/route";
import { GET as helpEvents } from "@/app/api/v1/help/[sessionId]/events/route";
import { listInbox, openSubmission } from "@/lib/server/submissions";
import { REFERENCE_PATTERN } from "@/lib/submissions/protocol";
import { aCompleteFile } from "@/tests/fixtures/answers";
import { lyon3, paris11 } from "@/tests/fixtures/agencies";
import { onEveryDatabase, serveDuringSuite, type TestDatabase } from "./databases";

const token = () => crypto.randomUUID().replace(/-/g, "");
const params = (draftId: string) => ({ params: Promise.resolve({ draftId }) });
const json = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request("http://relais.test/api", { method, headers: { "Content-Type": "application/json", ...headers }, body: JSON.stringify(body) });
const bearer = (t: string) => ({ Authorization: `Bearer ${t}` });

/** A draft on the server holding `answers`; returns its id, token and revision. */
async function aDraftWith(answers: Record<string, unknown>) {
  const id = crypto.randomUUID();
  const mine = token();
  assert.equal((await register(json("PUT", { token: mine }), params(id))).status, 201);
  const changes = Object.entries(answers).map(([questionId, value], i) => ({ questionId, value, changedAt: 1_000 + i }));
  const response = await push(json("POST", { baseRevision: 0, changes }, bearer(mine)), params(id));
  assert.equal(response.status, 200);
  const { revision } = (await response.json()) as { revision: number };
  return { id, token: mine, revision };
}

const sendIt = (draft: { id: string; token: string }, body: Record<string, unknown>) =>
  send(json("POST", { agencyId: paris11.id, lang: "ar", consent: true, ...body }, bearer(draft.token)), params(draft.id));

function contract(name: string, open: () => Promise<TestDatabase>) {
  describe(`sending a file on ${name}`, () => {
    let db: Db;
    serveDuringSuite(open, { agencies: true, ready: (opened) => void (db = opened) });

    it("builds the file from what the server holds, at the revision the person checked", async () => {
      const file = aCompleteFile({ "message-to-counsellor": "أحتاج إلى مترجم" });
      const draft = await aDraftWith(file);
      const sent = await sendIt(draft, { revision: draft.revision });
      assert.equal(sent.status, 201);
      assert.equal(sent.headers.get("cache-control"), "no-store");
      const body = (await sent.json()) as { reference: string; version: number; agency: { id: string } };
      assert.match(body.reference, REFERENCE_PATTERN);
      assert.equal(body.version, 1);
      assert.equal(body.agency.id, paris11.id);
      const copy = (await (await readSent(new Request("http://relais.test/x", { headers: bearer(draft.token) }), params(draft.id))).json()) as {
        answers: Record<string, unknown>;
        lang: string;
        reads: unknown[];
      };
      assert.deepEqual(copy.answers, file);
      assert.equal(copy.lang, "ar");
      assert.deepEqual(copy.reads, []);
    });

    it("leaves out an answer on a topic the person no longer chose: it is neither refused nor sent", async () => {
      // Health answered, then unchosen among what makes things harder (issue 14): the answer stays on the draft.
      const file = aCompleteFile({ "difficulty-topics": ["MONEY"] });
      const draft = await aDraftWith({ ...file, health: ["REGULAR_ABSENCES"] });
      const sent = await sendIt(draft, { revision: draft.revision });
      assert.equal(sent.status, 201);
      const copy = (await (await readSent(new Request("http://relais.test/x", { headers: bearer(draft.token) }), params(draft.id))).json()) as {
        answers: Record<string, unknown>;
      };
      assert.deepEqual(copy.answers, file);
    });

    it("ends the help with the send: the helper's token then writes nothing and opens no stream", async () => {
      const draft = await aDraftWith(aCompleteFile());
      const opened = (await (await openHelp(json("POST", {}, bearer(draft.token)), params(draft.id))).json()) as { joinCode: string; sessionId: string };
      const joined = await joinHelp(json("POST", { code: opened.joinCode, helper: { role: "volunteer", name: "Fatou" }, lang: "fr" }, { "x-forwarded-for": `send-${draft.id}` }));
      const { helperToken } = (await joined.json()) as { helperToken: string };
      const { sessionId } = opened;
      const act = (name: string, who: string, body: unknown = {}) => helpAction(json("POST", body, bearer(who)), { params: Promise.resolve({ sessionId, action: name }) });
      assert.equal((await act("decision", draft.token, { accept: true })).status, 204);
      assert.equal((await act("mode", draft.token, { mode: "helper-types" })).status, 204);

      assert.equal((await sendIt(draft, { revision: draft.revision })).status, 201);
      const late = await act("answers", helperToken, { baseRevision: draft.revision, changes: [{ questionId: "phone", value: "0612345678", changedAt: Date.now() }] });
      assert.equal(late.status, 409);
      const stream = await helpEvents(new Request(`http://relais.test/api/v1/help/${sessionId}/events`, { headers: bearer(helperToken) }), { params: Promise.resolve({ sessionId }) });
      assert.equal(stream.status, 409);
    });

    it("refuses a device that has not seen the latest answers (409 with the revision), an unknown agency, no consent", async () => {
      const draft = await aDraftWith(aCompleteFile());
      const stale = await sendIt(draft, { revision: draft.revision - 1 });
      assert.equal(stale.status, 409);
      assert.deepEqual(await stale.json(), { error: "stale-revision", revision: draft.revision });
      assert.equal((await sendIt(draft, { revision: draft.revision, agencyId: "nowhere" })).status, 422);
      assert.equal((await sendIt(draft, { revision: draft.revision, consent: false })).status, 400);
      assert.equal((await sendIt(draft, { revision: draft.revision, answers: {} })).status, 400);
      assert.equal((await sendIt({ id: draft.id, token: token() }, { revision: draft.revision })).status, 404);
      assert.equal((await send(json("POST", { revision: 1, agencyId: paris11.id, lang: "fr", consent: true }), params(draft.id))).status, 401);
    });

    it("refuses an incomplete file, naming what is missing", async () => {
      const { phone: _phone, ...withoutPhone } = aCompleteFile();
      const draft = await aDraftWith(withoutPhone);
      const refused = await sendIt(draft, { revision: draft.revision });
      assert.equal(refused.status, 422);
      const body = (await refused.json()) as { problems: Array<{ question: string }> };
      assert.ok(body.problems.some((p) => p.question === "phone"));
    });

    it("keeps every version: a correction is version 2 under the same reference, and the first stays as it was", async () => {
      const draft = await aDraftWith(aCompleteFile());
      const first = (await (await sendIt(draft, { revision: draft.revision })).json()) as { reference: string };
      const corrected = await push(
        json("POST", { baseRevision: draft.revision, changes: [{ questionId: "first-name", value: "Aïcha", changedAt: 9_000 }] }, bearer(draft.token)),
        params(draft.id),
      );
      const { revision } = (await corrected.json()) as { revision: number };
      const second = (await (await sendIt(draft, { revision })).json()) as { reference: string; version: number };
      assert.equal(second.reference, first.reference);
      assert.equal(second.version, 2);
      const { rows } = await db.query<{ version: number; first_name: string }>(
        "SELECT version, answers->>'first-name' AS first_name FROM submissions WHERE reference = $1 ORDER BY version",
        [first.reference],
      );
      assert.deepEqual(rows.map((r) => [Number(r.version), r.first_name]), [
        [1, aCompleteFile()["first-name"]],
        [2, "Aïcha"],
      ]);
    });

    it("shows a file to its agency only, logs each opening, and tells the person who read it", async () => {
      const draft = await aDraftWith(aCompleteFile());
      const { reference } = (await (await sendIt(draft, { revision: draft.revision })).json()) as { reference: string };
      const inbox = await listInbox(db, paris11.id);
      assert.ok(inbox.some((entry) => entry.reference === reference && !entry.read));
      assert.ok(!(await listInbox(db, lyon3.id)).some((entry) => entry.reference === reference));
      assert.equal(await openSubmission(db, lyon3.id, reference, { kind: "staff", staffId: crypto.randomUUID(), name: "Léo", role: "counsellor" }), null);
      const opened = await openSubmission(db, paris11.id, reference, { kind: "staff", staffId: crypto.randomUUID(), name: "Camille", role: "counsellor" });
      assert.equal(opened?.reference, reference);
      assert.ok((await listInbox(db, paris11.id)).some((entry) => entry.reference === reference && entry.read));
      const copy = (await (await readSent(new Request("http://relais.test/x", { headers: bearer(draft.token) }), params(draft.id))).json()) as {
        reads: Array<{ name: string; role: string; agency: string }>;
      };
      assert.deepEqual(
        copy.reads.map(({ name, role, agency }) => ({ name, role, agency })),
        [{ name: "Camille", role: "counsellor", agency: paris11.name }],
      );
    });

    it("finds agencies by town, postcode or name", async () => {
      const found = async (q: string) =>
        ((await (await agencies(new Request(`http://relais.test/api/v1/agencies?q=${encodeURIComponent(q)}`))).json()) as { agencies: Array<{ id: string }> }).agencies.map(
          (a) => a.id,
        );
      assert.deepEqual(await found("750"), [paris11.id]);
      assert.deepEqual(await found("lyon"), [lyon3.id]);
      assert.deepEqual(await found("%"), [lyon3.id, paris11.id]);
    });
  });
}

onEveryDatabase("sent", contract);
