// Storage that fails well and heals, on every database: all-or-nothing transactions, migrations raced by
// several instances, connections and LISTEN that come back after the server cuts them, realtime through the
// database on both, failures classified into 503 (try again) or 500 (a bug, with an id), and the health route.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import pg from "pg";
import { getDb, isConnectionError, openDatabase, StorageUnavailableError, type Db } from "@/lib/server/db";
import { withDb } from "@/lib/server/http";
import { DRAFT_CHANGED_CHANNEL, Hub, hub } from "@/lib/server/realtime";
import { GET as health } from "@/app/api/health/route";
import { createThrowawayDatabase, openPglite, openThrowawayPostgres, serveFrom } from "./databases";

const serverUrl = process.env.DATABASE_URL;

/** Resolves once `check` holds, or fails after `ms`. */
async function eventually(check: () => boolean | Promise<boolean>, ms = 5_000, what = "condition") {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`${what} not met within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function failureOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof Error, "the drivers fail with Errors");
    return error;
  }
  return assert.fail("expected a failure");
}

/** Runs `work` with console.error collected instead of printed. */
async function capturingErrors<T>(work: () => Promise<T>): Promise<{ result: T; lines: string[] }> {
  const lines: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => void lines.push(args.map(String).join(" "));
  try {
    return { result: await work(), lines };
  } finally {
    console.error = original;
  }
}

const uniqueViolation = (db: Db) =>
  failureOf(db.query("INSERT INTO resilience_items (id, label) VALUES (1, 'Fatou Diallo'), (1, 'Fatou Diallo')"));
// Answers are jsonb: a NUL escape cannot be stored as text, a data error and not a storage failure.
const untranslatable = (db: Db) => failureOf(db.query(`SELECT '{"answer": "\\u0000"}'::jsonb`));

function contract(name: string, open: () => Promise<{ db: Db; close: () => Promise<void> }>, makeConnectionFailure: () => Promise<Error>) {
  let failure: Promise<Error> | undefined;
  const connectionFailure = () => (failure ??= makeConnectionFailure());
  describe(`resilience on ${name}`, () => {
    let db: Db;
    let close: () => Promise<void>;
    before(async () => {
      ({ db, close } = await open());
      await db.exec("CREATE TABLE resilience_items (id integer PRIMARY KEY, label text NOT NULL)");
    });
    after(async () => close());

    it("commits a transaction whole, or nothing of it when a statement fails", async () => {
      const committed = await db.transaction(async (tx) => {
        await tx.query("INSERT INTO resilience_items (id, label) VALUES ($1, $2)", [10, "a"]);
        await tx.exec("INSERT INTO resilience_items (id, label) VALUES (11, 'b'); INSERT INTO resilience_items (id, label) VALUES (12, 'c');");
        return (await tx.query<{ n: number }>("SELECT count(*)::int AS n FROM resilience_items WHERE id >= 10")).rows[0]?.n;
      });
      assert.equal(committed, 3);

      const error = await failureOf(
        db.transaction(async (tx) => {
          await tx.query("INSERT INTO resilience_items (id, label) VALUES ($1, $2)", [20, "kept?"]);
          await tx.query("INSERT INTO resilience_items (id, label) VALUES ($1, $2)", [10, "duplicate"]);
        }),
      );
      assert.equal((error as { code?: string }).code, "23505");
      assert.equal(isConnectionError(error), false);
      const { rows } = await db.query<{ id: number }>("SELECT id FROM resilience_items WHERE id >= 10 ORDER BY id");
      assert.deepEqual(rows.map((row) => row.id), [10, 11, 12]);

      // A throw from the code (not the SQL) rolls back too, and the connection is usable afterwards.
      await failureOf(
        db.transaction(async (tx) => {
          await tx.query("DELETE FROM resilience_items");
          throw new Error("changed my mind");
        }),
      );
      assert.equal((await db.query<{ n: number }>("SELECT count(*)::int AS n FROM resilience_items")).rows[0]?.n, 3);
    });

    it("delivers draft changes through the database: published, or notified by SQL it did not send", async () => {
      const own = new Hub();
      await own.attach(db);
      try {
        assert.deepEqual(own.status(), { realtime: "up" });
        const draftId = crypto.randomUUID();
        const otherDraft = crypto.randomUUID();
        let calls = 0;
        let otherCalls = 0;
        const unsubscribe = own.subscribe(draftId, () => void calls++);
        own.subscribe(otherDraft, () => void otherCalls++);

        await own.publish(draftId);
        await eventually(() => calls === 1, 5_000, "published change delivered");

        // Another engineer's single-statement save notifies from SQL, inside its transaction.
        await db.transaction(async (tx) => {
          await tx.query("SELECT pg_notify($1, $2)", [DRAFT_CHANGED_CHANNEL, draftId]);
          // Not before the commit.
          await new Promise((resolve) => setTimeout(resolve, 50));
          assert.equal(calls, 1);
        });
        await eventually(() => calls === 2, 5_000, "SQL notification delivered");
        assert.equal(otherCalls, 0);

        unsubscribe();
        await own.publish(draftId);
        await own.publish(otherDraft);
        await eventually(() => otherCalls === 1, 5_000, "other draft delivered");
        assert.equal(calls, 2);
      } finally {
        await own.detach(db);
      }
    });

    it("tells connection failures from errors of the SQL or its data", async () => {
      assert.equal(isConnectionError(await connectionFailure()), true);
      const duplicate = await uniqueViolation(db);
      assert.equal((duplicate as { code?: string }).code, "23505");
      assert.equal(isConnectionError(duplicate), false);
      const nul = await untranslatable(db);
      assert.equal((nul as { code?: string }).code, "22P05");
      assert.equal(isConnectionError(nul), false);
    });

    it("answers 503 for a connection failure and 500 with a request id for anything else, logging no message", async () => {
      const undo = serveFrom(db);
      try {
        const lost = await connectionFailure();
        const { result: unavailable } = await capturingErrors(() => withDb(async () => Promise.reject(lost)));
        assert.equal(unavailable.status, 503);
        assert.equal(unavailable.headers.get("Retry-After"), "5");
        assert.equal(unavailable.headers.get("Cache-Control"), "no-store");
        assert.deepEqual(await unavailable.json(), { error: "storage-unavailable" });

        const duplicate = await uniqueViolation(db);
        const { result: failed, lines } = await capturingErrors(() => withDb(async () => Promise.reject(duplicate)));
        assert.equal(failed.status, 500);
        assert.equal(failed.headers.get("Cache-Control"), "no-store");
        const body = (await failed.json()) as { error: string; requestId: string };
        assert.equal(body.error, "internal-error");
        assert.match(body.requestId, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
        assert.equal(lines.length, 1);
        assert.ok(lines[0]!.includes(body.requestId) && lines[0]!.includes("23505"), lines[0]);
        // The server's message quotes the key, and values can be answers.
        assert.ok(!lines[0]!.includes("Fatou") && !lines[0]!.includes("resilience_items") && !lines[0]!.includes("duplicate"), lines[0]);

        const fine = await withDb(async (served) => Response.json((await served.query<{ one: number }>("SELECT 1 AS one")).rows[0]));
        assert.deepEqual(await fine.json(), { one: 1 });
      } finally {
        undo();
      }
    });

    it("reports itself healthy on a working database", async () => {
      const undo = serveFrom(db);
      await hub.attach(db);
      try {
        const response = await health();
        assert.equal(response.status, 200);
        assert.equal(response.headers.get("Cache-Control"), "no-store");
        assert.deepEqual(await response.json(), { status: "ok", database: "up", realtime: "up" });
      } finally {
        await hub.detach(db);
        undo();
      }
    });
  });
}

contract("embedded PGlite", openPglite, async () => {
  const closed = await openDatabase({ dataDir: null });
  await closed.close();
  return failureOf(closed.query("SELECT 1"));
});

describe("a database that cannot be opened", () => {
  it("answers 503 to requests and to the health check, and is tried again later", async () => {
    const saved = process.env.DATABASE_URL;
    // Nothing listens on port 1: the connection is refused at once.
    process.env.DATABASE_URL = "postgresql://relais@127.0.0.1:1/relais";
    try {
      const { result: response, lines } = await capturingErrors(() => withDb(() => Promise.resolve(new Response("unreachable"))));
      assert.equal(response.status, 503);
      assert.deepEqual(await response.json(), { error: "storage-unavailable" });
      assert.ok(lines.every((line) => !line.includes("127.0.0.1")), lines.join("\n"));
      assert.ok(isConnectionError(await failureOf(getDb())));
      assert.ok((await failureOf(getDb())) instanceof StorageUnavailableError);
      const { result: checked } = await capturingErrors(() => health());
      assert.equal(checked.status, 503);
      assert.deepEqual(await checked.json(), { status: "unavailable", database: "down", realtime: "down" });
    } finally {
      if (saved === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved;
    }
  });
});

describe("classifying errors without a database", () => {
  it("knows pg's and Node's connection failures, and never trusts a server message", () => {
    assert.ok(isConnectionError(new Error("Connection terminated unexpectedly")));
    assert.ok(isConnectionError(new Error("timeout exceeded when trying to connect")));
    assert.ok(isConnectionError(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })));
    assert.ok(isConnectionError(new AggregateError([Object.assign(new Error("x"), { code: "ECONNREFUSED" })])));
    assert.ok(isConnectionError(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" })));
    assert.ok(isConnectionError(Object.assign(new Error("connection failure"), { code: "08006" })));
    assert.ok(isConnectionError(Object.assign(new Error("sorry, too many clients already"), { code: "53300" })));
    assert.ok(isConnectionError(new StorageUnavailableError(new Error("x"))));
    assert.equal(isConnectionError(Object.assign(new Error("Connection terminated by Fatou"), { code: "23505" })), false);
    assert.equal(isConnectionError(Object.assign(new Error("x"), { code: "22P05" })), false);
    assert.equal(isConnectionError(new TypeError("Cannot read properties of undefined")), false);
    assert.equal(isConnectionError("ECONNRESET"), false);
    assert.equal(isConnectionError(null), false);
  });
});

if (serverUrl) {
  // A real "terminated by the server" failure: a connection cut by pg_terminate_backend in the middle of a query.
  const terminatedQuery = async () => {
    const victim = new pg.Client({ connectionString: serverUrl });
    victim.on("error", () => {});
    await victim.connect();
    const pid = (await victim.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
    const running = failureOf(victim.query("SELECT pg_sleep(10)"));
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await admin.query("SELECT pg_terminate_backend($1)", [pid]);
    await admin.end();
    const error = await running;
    await victim.end().catch(() => {});
    return error;
  };

  contract("PostgreSQL", () => openThrowawayPostgres(serverUrl, "resilience"), terminatedQuery);

  describe("PostgreSQL instances starting together", () => {
    it("apply each migration exactly once, and all of them start", async () => {
      const fresh = await createThrowawayDatabase(serverUrl, "race");
      const opened: Db[] = [];
      try {
        const starts = await Promise.allSettled([1, 2, 3].map(() => openDatabase({ url: fresh.url, dataDir: null })));
        for (const start of starts) if (start.status === "fulfilled") opened.push(start.value);
        assert.deepEqual(starts.map((start) => start.status), ["fulfilled", "fulfilled", "fulfilled"]);
        const { rows } = await opened[0]!.query<{ version: number; times: number }>(
          "SELECT version, count(*)::int AS times FROM schema_migrations GROUP BY version ORDER BY version",
        );
        assert.ok(rows.length >= 4, `${rows.length} migrations`);
        assert.deepEqual(rows.map((row) => row.version), rows.map((_, index) => index + 1));
        assert.ok(rows.every((row) => row.times === 1), JSON.stringify(rows));
      } finally {
        await Promise.all(opened.map((db) => db.close()));
        await fresh.drop();
      }
    });
  });

  describe("PostgreSQL connections cut by the server", () => {
    let db: Db;
    let url: string;
    let drop: () => Promise<void>;
    before(async () => {
      const fresh = await createThrowawayDatabase(serverUrl, "heal");
      ({ url, drop } = fresh);
      db = await openDatabase({ url, dataDir: null });
    });
    after(async () => {
      await db.close();
      await drop();
    });

    it("come back: the pool, a broken transaction, LISTEN, and every stream is told to catch up", async () => {
      const channel = "relais_test_heal";
      const received: string[] = [];
      let reconnects = 0;
      await db.listen(channel, (payload) => void received.push(payload), () => void reconnects++);
      const own = new Hub();
      await own.attach(db);
      const draftId = crypto.randomUUID();
      let draftCalls = 0;
      own.subscribe(draftId, () => void draftCalls++);
      // Several idle connections in the pool, so the cut reaches clients nobody is using.
      await Promise.all([1, 2, 3, 4].map(() => db.query("SELECT pg_sleep(0.05)")));
      assert.equal(db.listening(), true);

      // A transaction in flight when the cut comes.
      const inFlight = failureOf(db.transaction((tx) => tx.query("SELECT pg_sleep(10)")));
      await new Promise((resolve) => setTimeout(resolve, 200));

      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        const { rows } = await admin.query<{ cut: number }>(
          "SELECT count(pg_terminate_backend(pid))::int AS cut FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
        );
        const cutAt = Date.now();
        assert.ok(rows[0]!.cut >= 3, `${rows[0]!.cut} connections cut`);
        assert.equal(isConnectionError(await inFlight), true);

        // A notification sent after the cut reaches the listener once it listens again.
        const payload = crypto.randomUUID();
        await eventually(
          async () => {
            if (received.includes(payload)) return true;
            await admin.query("SELECT pg_notify($1, $2)", [channel, payload]);
            await new Promise((resolve) => setTimeout(resolve, 100));
            return received.includes(payload);
          },
          5_000,
          "notification after the cut",
        );
        assert.ok(Date.now() - cutAt < 5_000);
        assert.ok(reconnects >= 1, "onReconnect called");
        assert.equal(db.listening(), true);
        assert.deepEqual(own.status(), { realtime: "up" });
        // Every stream of every draft re-reads what changed while the connection was down.
        assert.ok(draftCalls >= 1, "hub subscribers told to catch up");

        // The pool lends healthy connections again.
        assert.deepEqual((await db.query<{ one: number }>("SELECT 1 AS one")).rows, [{ one: 1 }]);
        assert.equal(await db.transaction(async (tx) => (await tx.query<{ two: number }>("SELECT 2 AS two")).rows[0]?.two), 2);
        const before = draftCalls;
        await own.publish(draftId);
        await eventually(() => draftCalls === before + 1, 5_000, "publish after healing");
      } finally {
        await own.detach(db);
        await admin.end();
      }
    });

    it("reports realtime down while the LISTEN connection cannot come back", async () => {
      const own = new Hub();
      const second = await openDatabase({ url, dataDir: null });
      try {
        await own.attach(second);
        assert.deepEqual(own.status(), { realtime: "up" });
        // Refuse new connections to this database, then cut the existing ones.
        const admin = new pg.Client({ connectionString: serverUrl });
        await admin.connect();
        const name = new URL(url).pathname.slice(1);
        try {
          await admin.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`);
          await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [name]);
          await eventually(() => own.status().realtime === "down", 5_000, "realtime down");
          // Long enough for the first attempts to come back to fail.
          const { lines } = await capturingErrors(() => new Promise((resolve) => setTimeout(resolve, 1_500)));
          assert.ok(lines.some((line) => line.startsWith("realtime connection failed")), lines.join("\n"));
          assert.deepEqual(own.status(), { realtime: "down" });
          await admin.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS true`);
          await eventually(() => own.status().realtime === "up", 15_000, "realtime up again");
        } finally {
          await admin.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS true`).catch(() => {});
          await admin.end();
        }
      } finally {
        await own.detach(second);
        await second.close();
      }
    });
  });
}
