// The drafts API contract, calling the route handlers directly (no browser, no server process) on every
// database: statuses, bodies, headers and revisions a device relies on.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PUT as register, GET as read } from "@/app/api/v1/drafts/[draftId]/route";
import { POST as push } from "@/app/api/v1/drafts/[draftId]/answers/route";
import { POST as resume } from "@/app/api/v1/resume/route";
import { onEveryDatabase, serveDuringSuite, type TestDatabase } from "./databases";

const token = () => crypto.randomUUID().replace(/-/g, "");
const params = (draftId: string) => ({ params: Promise.resolve({ draftId }) });

function request(method: string, body?: unknown, headers: Record<string, string> = {}) {
  return new Request("http://relais.test/api", {
    method,
    headers: { "Content-Type": "application/json", ...headers },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
}
const bearer = (t: string) => ({ Authorization: `Bearer ${t}` });

async function aRegisteredDraft() {
  const id = crypto.randomUUID();
  const mine = token();
  const response = await register(request("PUT", { token: mine }), params(id));
  assert.equal(response.status, 201);
  return { id, token: mine, ...((await response.json()) as { resumeCode: string; codeVersion: number }) };
}

function contract(name: string, open: () => Promise<TestDatabase>) {
  describe(`the drafts API on ${name}`, () => {
    serveDuringSuite(open);

    it("registers a draft (201), again with the same token (200, a newer code), never with another (409)", async () => {
      const draft = await aRegisteredDraft();
      assert.match(draft.resumeCode, /^[0-9A-HJKMNP-TV-Z]{12}$/);
      const again = await register(request("PUT", { token: draft.token }), params(draft.id));
      assert.equal(again.status, 200);
      assert.equal(again.headers.get("cache-control"), "no-store");
      assert.ok(((await again.json()) as { codeVersion: number }).codeVersion > draft.codeVersion);
      assert.equal((await register(request("PUT", { token: token() }), params(draft.id))).status, 409);
      assert.equal((await register(request("PUT", { token: "short" }), params(draft.id))).status, 400);
      assert.equal((await register(request("PUT", { token: token() }), params("not-a-uuid"))).status, 404);
    });

    it("stores committed changes and answers with the revision and what changed since the device's revision", async () => {
      const draft = await aRegisteredDraft();
      const first = await push(request("POST", { baseRevision: 0, changes: [{ questionId: "first-name", value: "Awa", changedAt: 1 }] }, bearer(draft.token)), params(draft.id));
      assert.equal(first.status, 200);
      assert.equal(first.headers.get("cache-control"), "no-store");
      assert.deepEqual(await first.json(), { revision: 1, entries: { "first-name": { value: "Awa", changedAt: 1, revision: 1 } } });
      const second = await push(request("POST", { baseRevision: 1, changes: [{ questionId: "phone", value: "0612345678", changedAt: 2 }] }, bearer(draft.token)), params(draft.id));
      assert.deepEqual(await second.json(), { revision: 2, entries: { phone: { value: "0612345678", changedAt: 2, revision: 2 } } });
      const since = await read(request("GET", undefined, bearer(draft.token)), { params: Promise.resolve({ draftId: draft.id }) });
      assert.equal(((await since.json()) as { revision: number }).revision, 2);
    });

    it("reads what changed since a revision, for the owner only", async () => {
      const draft = await aRegisteredDraft();
      await push(request("POST", { baseRevision: 0, changes: [{ questionId: "first-name", value: "Awa", changedAt: 1 }] }, bearer(draft.token)), params(draft.id));
      await push(request("POST", { baseRevision: 1, changes: [{ questionId: "phone", value: "0612345678", changedAt: 2 }] }, bearer(draft.token)), params(draft.id));
      const url = (since: string) => new Request(`http://relais.test/api/v1/drafts/${draft.id}?since=${since}`, { headers: bearer(draft.token) });
      const delta = await read(url("1"), params(draft.id));
      assert.deepEqual(await delta.json(), { revision: 2, entries: { phone: { value: "0612345678", changedAt: 2, revision: 2 } } });
      assert.equal((await read(url("-1"), params(draft.id))).status, 400);
      assert.equal((await read(url("1e3"), params(draft.id))).status, 400);
      assert.equal((await read(new Request(`http://relais.test/x?since=0`, { headers: bearer(token()) }), params(draft.id))).status, 404);
      assert.equal((await read(new Request(`http://relais.test/x?since=0`), params(draft.id))).status, 401);
    });

    it("refuses without a token (401), with a foreign one (404), and a malformed envelope (400)", async () => {
      const draft = await aRegisteredDraft();
      const body = { baseRevision: 0, changes: [{ questionId: "first-name", value: "Awa", changedAt: 1 }] };
      assert.equal((await push(request("POST", body), params(draft.id))).status, 401);
      assert.equal((await push(request("POST", body, bearer(token())), params(draft.id))).status, 404);
      assert.equal((await push(request("POST", { changes: body.changes }, bearer(draft.token)), params(draft.id))).status, 400);
      const twice = { baseRevision: 0, changes: [body.changes[0], { ...body.changes[0], changedAt: 2 }] };
      assert.equal((await push(request("POST", twice, bearer(draft.token)), params(draft.id))).status, 400);
      assert.equal((await push(request("POST", "{not json", bearer(draft.token)), params(draft.id))).status, 400);
      const plain = new Request("http://relais.test/api", { method: "POST", headers: { "Content-Type": "text/plain", ...bearer(draft.token) }, body: JSON.stringify(body) });
      assert.equal((await push(plain, params(draft.id))).status, 415);
    });

    it("refuses bad changes with a 4xx and a reason, and changes nothing", async () => {
      const draft = await aRegisteredDraft();
      const valid = { questionId: "first-name", value: "Awa", changedAt: 1 };
      const send = (body: unknown, id = draft.id) => push(request("POST", body, bearer(draft.token)), params(id));
      const cases: Array<[string, () => Promise<Response>, number, string]> = [
        ["wrong type", () => send({ baseRevision: 0, changes: [valid, { questionId: "languages", value: 42, changedAt: 1 }] }), 422, "invalid-answers"],
        ["unknown question", () => send({ baseRevision: 0, changes: [valid, { questionId: "shoe-size", value: "42", changedAt: 1 }] }), 422, "invalid-answers"],
        ["1 MB", () => send({ baseRevision: 0, changes: [{ ...valid, value: "x".repeat(1024 * 1024) }] }), 413, "payload-too-large"],
        ["no changes", () => send({ baseRevision: 0, changes: [] }), 400, "invalid-request"],
        ["negative time", () => send({ baseRevision: 0, changes: [{ ...valid, changedAt: -5 }] }), 400, "invalid-request"],
        ["negative revision", () => send({ baseRevision: -1, changes: [valid] }), 400, "invalid-request"],
        ["extra fields", () => send({ baseRevision: 0, changes: [valid], admin: true }), 400, "invalid-request"],
        ["a helper name with a NUL", () => send({ baseRevision: 0, changes: [{ ...valid, author: { kind: "helper", role: "volunteer", name: "Fa\u0000tou" } }] }), 400, "invalid-request"],
        ["not a draft id", () => send({ baseRevision: 0, changes: [valid] }, "not-a-uuid"), 404, "unknown-draft"],
      ];
      for (const [name, call, status, error] of cases) {
        const response = await call();
        assert.equal(response.status, status, name);
        assert.equal(((await response.json()) as { error: string }).error, error, name);
      }
      const wrongType = await send({ baseRevision: 0, changes: [{ questionId: "languages", value: 42, changedAt: 1 }] });
      assert.deepEqual(((await wrongType.json()) as { problems: unknown }).problems, [{ question: "languages", error: "choice.unknown" }]);
      const held = await read(new Request("http://relais.test/x?since=0", { headers: bearer(draft.token) }), params(draft.id));
      assert.deepEqual(await held.json(), { revision: 0, entries: {} });
    });

    it("refuses text that storage cannot hold with 422 naming the question, and takes the next answers", async () => {
      const draft = await aRegisteredDraft();
      for (const bad of ["Awa\u0000", "Awa\ud800", "\u001bAwa"]) {
        const refused = await push(
          request("POST", { baseRevision: 0, changes: [{ questionId: "other-difficulties-details", value: bad, changedAt: 1 }] }, bearer(draft.token)),
          params(draft.id),
        );
        assert.equal(refused.status, 422, JSON.stringify(bad));
        assert.deepEqual(await refused.json(), { error: "invalid-answers", problems: [{ question: "other-difficulties-details", error: "text.unstorable" }] });
      }
      const next = await push(request("POST", { baseRevision: 0, changes: [{ questionId: "first-name", value: "Awa", changedAt: 2 }] }, bearer(draft.token)), params(draft.id));
      assert.equal(next.status, 200);
    });

    it("opens a draft with its code (a new token, the revision and every answer), and refuses unknown codes", async () => {
      const draft = await aRegisteredDraft();
      await push(request("POST", { baseRevision: 0, changes: [{ questionId: "first-name", value: "Awa", changedAt: 1 }] }, bearer(draft.token)), params(draft.id));
      const opened = await resume(request("POST", { code: draft.resumeCode.toLowerCase() }));
      assert.equal(opened.status, 200);
      assert.equal(opened.headers.get("cache-control"), "no-store");
      const body = (await opened.json()) as { draftId: string; token: string; revision: number; entries: object };
      assert.equal(body.draftId, draft.id);
      assert.equal(body.revision, 1);
      assert.deepEqual(body.entries, { "first-name": { value: "Awa", changedAt: 1, revision: 1 } });
      assert.notEqual(body.token, draft.token);
      assert.equal((await resume(request("POST", { code: "ZZZZZZZZZZZZ" }, { "x-forwarded-for": `api-${draft.id}` }))).status, 404);
    });
  });
}

onEveryDatabase("api", contract);
