// The help API contract, calling the route handlers directly on every database: what a helper may do before and
// after the person's consent and once the help has ended, and what reaches the draft.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PUT as register, GET as read } from "@/app/api/v1/drafts/[draftId]/route";
import { POST as openHelp } from "@/app/api/v1/drafts/[draftId]/help/route";
import { POST as join } from "@/app/api/v1/help/join/route";
import { POST as act } from "@/app/api/v1/help/[sessionId]/[action]/route";
import { GET as events } from "@/app/api/v1/help/[sessionId]/events/route";
import { POST as saveAnswers } from "@/app/api/v1/drafts/[draftId]/answers/route";
import { createSseParser } from "@/lib/handoff/sse";
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

    it("once the person ends the help, the helper's token writes nothing and opens no stream", async () => {
      const { draftId, person, sessionId, helperToken } = await aHelpRequest();
      assert.equal((await action(sessionId, "decision", person, { accept: true })).status, 204);
      assert.equal((await action(sessionId, "mode", person, { mode: "helper-types" })).status, 204);
      assert.equal((await action(sessionId, "end", person)).status, 204);
      const late = await action(sessionId, "answers", helperToken, { baseRevision: 0, changes: [{ questionId: "phone", value: "0612345678", changedAt: Date.now() }] });
      assert.equal(late.status, 409);
      assert.deepEqual(await answers(draftId, person), {});
      // A plain refusal, not a stream that ends at once (clients reconnected to those forever).
      const stream = await events(new Request(`http://relais.test/api/v1/help/${sessionId}/events`, { headers: bearer(helperToken) }), { params: Promise.resolve({ sessionId }) });
      assert.equal(stream.status, 409);
      assert.equal(stream.headers.get("content-type")?.startsWith("application/json"), true);
      assert.deepEqual(await stream.json(), { error: "session-ended" });
    });

    it("keeps a sensitive answer given before the help off the helper's stream until the person shows it", async () => {
      const { draftId, person, sessionId, helperToken } = await aHelpRequest();
      const before = [
        { questionId: "first-name", value: "Awa", changedAt: 1 },
        { questionId: "disability-status", value: "YES", changedAt: 2 },
      ];
      assert.equal((await saveAnswers(json({ baseRevision: 0, changes: before }, bearer(person)), { params: Promise.resolve({ draftId }) })).status, 200);
      assert.equal((await action(sessionId, "decision", person, { accept: true })).status, 204);
      // Only the person may show it.
      assert.equal((await action(sessionId, "show", helperToken, { questionId: "disability-status" })).status, 403);

      const closing = new AbortController();
      const stream = await events(new Request(`http://relais.test/api/v1/help/${sessionId}/events`, { headers: bearer(helperToken), signal: closing.signal }), {
        params: Promise.resolve({ sessionId }),
      });
      const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
      const parse = createSseParser();
      let shownYet = false;
      /** Reads the stream until an event of that name satisfies `until`; returns what the helper got meanwhile. */
      async function readUntil(until: (event: string, data: { hidden?: string[]; entries?: Record<string, unknown> }) => boolean) {
        for (;;) {
          const { value, done } = await reader.read();
          assert.equal(done, false);
          for (const event of parse(value)) {
            const data = JSON.parse(event.data) as { hidden?: string[]; entries?: Record<string, unknown> };
            if (event.event === "answers" && !shownYet) assert.equal(Object.hasOwn(data.entries ?? {}, "disability-status"), false, "the hidden answer reached the helper");
            if (until(event.event, data)) return data;
          }
        }
      }
      const state = await readUntil((event, data) => event === "state" && data.hidden !== undefined);
      assert.deepEqual(state.hidden, ["disability-status"]);
      const first = await readUntil((event) => event === "answers");
      assert.deepEqual(Object.keys(first.entries ?? {}), ["first-name"]);

      assert.equal((await action(sessionId, "show", person, { questionId: "disability-status" })).status, 204);
      shownYet = true;
      const shown = await readUntil((event, data) => event === "answers" && Object.hasOwn(data.entries ?? {}, "disability-status"));
      assert.deepEqual((shown.entries?.["disability-status"] as { value: unknown }).value, "YES");
      closing.abort();
      await reader.cancel().catch(() => undefined);
    });

    it("knows no action named like an object's own properties", async () => {
      const { sessionId, person } = await aHelpRequest();
      for (const name of ["constructor", "toString", "__proto__", "hasOwnProperty"]) assert.equal((await action(sessionId, name, person)).status, 404, name);
    });
  });
}

onEveryDatabase("helpapi", contract);
