// The fault suite, database side: PostgreSQL cutting every connection of the app in the middle of a help session.
// The person's next answer must still reach the helper's open stream within 5 s, and be stored exactly once.
// (Two instances migrating at once: tests/integration/resilience.test.ts; browser faults: tests/e2e/faults.spec.ts.)
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import pg from "pg";
import { openDatabase, type Db } from "@/lib/server/db";
import { hub } from "@/lib/server/realtime";
import { createSseParser } from "@/lib/handoff/sse";
import { PUT as register, GET as read } from "@/app/api/v1/drafts/[draftId]/route";
import { POST as push } from "@/app/api/v1/drafts/[draftId]/answers/route";
import { GET as log } from "@/app/api/v1/drafts/[draftId]/log/route";
import { POST as openHelp } from "@/app/api/v1/drafts/[draftId]/help/route";
import { POST as join } from "@/app/api/v1/help/join/route";
import { POST as act } from "@/app/api/v1/help/[sessionId]/[action]/route";
import { GET as events } from "@/app/api/v1/help/[sessionId]/events/route";
import { createThrowawayDatabase, serveFrom } from "./databases";

const serverUrl = process.env.DATABASE_URL;
const token = () => crypto.randomUUID().replace(/-/g, "");
const json = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request("http://relais.test/api", { method, headers: { "Content-Type": "application/json", ...headers }, body: JSON.stringify(body) });
const bearer = (t: string) => ({ Authorization: `Bearer ${t}` });
const draftParams = (draftId: string) => ({ params: Promise.resolve({ draftId }) });

/** Reads a live stream in the background, keeping every `answers` event. */
function follow(response: Response) {
  const received: Array<{ revision: number; entries: Record<string, { value: unknown }> }> = [];
  const parse = createSseParser();
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (done) return;
      for (const event of parse(value!)) if (event.event === "answers") received.push(JSON.parse(event.data) as (typeof received)[number]);
    }
  })();
  return { received, stop: () => reader.cancel().catch(() => undefined) };
}

async function within(ms: number, check: () => boolean | Promise<boolean>, what: string) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`${what}: not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

if (serverUrl) {
  describe("faults on PostgreSQL", () => {
    let db: Db;
    let drop: () => Promise<void>;
    let restore: () => void;
    let name: string;
    before(async () => {
      const created = await createThrowawayDatabase(serverUrl, "faults");
      drop = created.drop;
      name = new URL(created.url).pathname.slice(1);
      db = await openDatabase({ url: created.url, dataDir: null });
      await hub.attach(db);
      restore = serveFrom(db);
    });
    after(async () => {
      restore();
      await hub.detach(db);
      await db.close();
      await drop();
    });

    it("a help session survives PostgreSQL terminating every connection: the helper sees the next answer within 5 s", async () => {
      const draftId = crypto.randomUUID();
      const person = token();
      assert.equal((await register(json("PUT", { token: person }), draftParams(draftId))).status, 201);
      const opened = (await (await openHelp(json("POST", {}, bearer(person)), draftParams(draftId))).json()) as { joinCode: string; sessionId: string };
      const joined = (await (await join(json("POST", { code: opened.joinCode, helper: { role: "volunteer", name: "Fatou" }, lang: "fr" }, { "x-forwarded-for": "faults" }))).json()) as {
        helperToken: string;
      };
      const sessionParams = (action: string) => ({ params: Promise.resolve({ sessionId: opened.sessionId, action }) });
      assert.equal((await act(json("POST", { accept: true }, bearer(person)), sessionParams("decision"))).status, 204);

      const controller = new AbortController();
      const stream = await events(new Request("http://relais.test/api", { headers: bearer(joined.helperToken), signal: controller.signal }), {
        params: Promise.resolve({ sessionId: opened.sessionId }),
      });
      assert.equal(stream.status, 200);
      const helper = follow(stream);
      let revision = 0;
      const answer = async (questionId: string, value: string) => {
        // A save cut by the termination answers 503, and the device tries again: so does this test.
        for (let attempt = 0; ; attempt += 1) {
          const response = await push(json("POST", { baseRevision: revision, changes: [{ questionId, value, changedAt: Date.now() }] }, bearer(person)), draftParams(draftId));
          if (response.status === 200) {
            revision = ((await response.json()) as { revision: number }).revision;
            return Date.now();
          }
          assert.equal(response.status, 503, "only storage outages may be retried");
          assert.ok(attempt < 20, "storage did not come back");
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      };
      const sees = (questionId: string, value: string) => helper.received.some((e) => e.entries[questionId]?.value === value);

      await answer("first-name", "Awa");
      await within(5_000, () => sees("first-name", "Awa"), "the helper sees the first answer");

      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      const { rowCount } = await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [name]);
      await admin.end();
      assert.ok((rowCount ?? 0) >= 1, "the app's connections were terminated");

      const saved = await answer("last-name", "Diallo");
      await within(5_000, () => sees("last-name", "Diallo"), "the helper sees the answer given after the termination");
      assert.ok(Date.now() - saved < 5_000);

      // Exactly once on the server, and in the log.
      const held = (await (await read(new Request(`http://relais.test/x?since=0`, { headers: bearer(person) }), draftParams(draftId))).json()) as {
        entries: Record<string, { value: unknown }>;
      };
      assert.deepEqual(Object.fromEntries(Object.entries(held.entries).map(([id, e]) => [id, e.value])), { "first-name": "Awa", "last-name": "Diallo" });
      const rows = ((await (await log(new Request("http://relais.test/x", { headers: bearer(person) }), draftParams(draftId))).json()) as { log: Array<{ questionId: string }> })
        .log;
      assert.deepEqual(rows.map((r) => r.questionId), ["first-name", "last-name"]);
      controller.abort();
      await helper.stop();
    });
  });
}
