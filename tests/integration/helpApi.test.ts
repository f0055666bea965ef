// The help API contract, calling the route handlers directly on every database: what a helper may do before and
// after the person's consent, and what reaches the draft.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Db } from "@/lib/server/db";
import { PUT as register, GET as read } from "@/app/api/v1/drafts/[draftId]/route";
import { POST as openHelp } from "@/app/api/v1/drafts/[draftId]/help/route";
import { POST as join } from "@/app/api/v1/help/join/route";
import { POST as act } from "@/app/api/v1/help/[sessionId]/[action]/route";
import { onEveryDatabase, serveDuringSuite, type TestDatabase } from "./databases";

const token = () => crypto.randomUUID().replace(/-/g, "");
const json = (body: unknown, headers: Record<string, string> = {}) =>
  new Request("http://relais.test/api", { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: JSON.stringify(body) });
const bearer = (t: string) => ({ Authorization: `Bearer ${t}` });
const action = (sessionId: string, name: string, t: string, body: unknown = {}) => act(json(body, bearer(t)), { params: Promise.resolve({ sessionId, action: name }) });

function contract(name: string, open: () => Promise<TestDatabase>) {
  describe(`the help API on ${name}`, () => {
    serveDuringSuite(open);

    async function aHelpRequest() {
      const draftId = crypto.randomUUID();
      const person = token();
      await register(new Request("http://relais.test/x", { method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ token: person }) }), {
        params: Promise.resolve({ draftId }),
      });
      const opened = await openHelp(json({}, bearer(person)), { params: Promise.resolve({ draftId }) });
      assert.equal(opened.status, 201);
      assert.equal(opened.headers.get("cache-control"), "no-store");
      const { joinCode, sessionId } = (await opened.json()) as { joinCode: string; sessionId: string };
      const joined = await join(json({ code: joinCode, helper: { role: "volunteer", name: "Fatou" }, lang: "fr" }, { "x-forwarded-for": `help-${draftId}` }));
      assert.equal(joined.status, 201);
      const { helperToken } = (await joined.json()) as { helperToken: string };
      return { draftId, person, sessionId, helperToken };
    }

    const answers = async (draftId: string, person: string) =>
      ((await (await read(new Request("http://relais.test/x?since=0", { headers: bearer(person) }), { params: Promise.resolve({ draftId }) })).json()) as {
        entries: Record<string, { value: unknown }>;
      }).entries;

    it("lets the helper neither write nor change who types until the person accepts", async () => {
      const { draftId, person, sessionId, helperToken } = await aHelpRequest();
      const change = { changes: [{ questionId: "first-name", value: "Awa", changedAt: 1 }], baseRevision: 0 };
      assert.equal((await action(sessionId, "answers", helperToken, change)).status, 409);
      assert.equal((await action(sessionId, "mode", helperToken, { mode: "helper-types" })).status, 403);
      assert.deepEqual(await answers(draftId, person), {});
    });

    it("stores what the helper types once the person lets them, and refuses text storage cannot hold", async () => {
      const { draftId, person, sessionId, helperToken } = await aHelpRequest();
      assert.equal((await action(sessionId, "decision", person, { accept: true })).status, 204);
      assert.equal((await action(sessionId, "mode", person, { mode: "helper-types" })).status, 204);
      const bad = await action(sessionId, "answers", helperToken, { baseRevision: 0, changes: [{ questionId: "message-to-counsellor", value: "a\u0000", changedAt: 1 }] });
      assert.equal(bad.status, 422);
      const good = await action(sessionId, "answers", helperToken, { baseRevision: 0, changes: [{ questionId: "first-name", value: "Awa", changedAt: 2 }] });
      assert.equal(good.status, 204);
      assert.deepEqual(Object.keys(await answers(draftId, person)), ["first-name"]);
    });

    it("knows no action named like an object's own properties", async () => {
      const { sessionId, person } = await aHelpRequest();
      for (const name of ["constructor", "toString", "__proto__", "hasOwnProperty"]) assert.equal((await action(sessionId, name, person)).status, 404, name);
    });
  });
}

onEveryDatabase("helpapi", contract);
