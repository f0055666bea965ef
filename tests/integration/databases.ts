// The databases the integration tests run on: embedded PGlite always, and a throw-away database on the
// PostgreSQL server of DATABASE_URL when it is set (created for the test file, dropped afterwards).
import { after, before } from "node:test";
import pg from "pg";
import { openDatabase, type Db } from "@/lib/server/db";
import { addAgency } from "@/lib/server/submissions";
import { testAgencies } from "@/tests/fixtures/agencies";

export interface TestDatabase {
  db: Db;
  close: () => Promise<void>;
}

export async function openPglite(): Promise<TestDatabase> {
  const db = await openDatabase({ dataDir: null });
  return { db, close: () => db.close() };
}

export async function openThrowawayPostgres(serverUrl: string, label: string): Promise<TestDatabase> {
  const name = `relais_test_${label}_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ url: url.toString(), dataDir: null });
  return {
    db,
    close: async () => {
      await db.close();
      await admin.query(`DROP DATABASE ${name}`);
      await admin.end();
    },
  };
}

/** Makes this process's route handlers use `db` (they find the database on globalThis); returns the undo. */
export function serveFrom(db: Db): () => void {
  const holder = globalThis as typeof globalThis & { __relaisDb?: Promise<Db> };
  const before = holder.__relaisDb;
  holder.__relaisDb = Promise.resolve(db);
  return () => {
    holder.__relaisDb = before;
  };
}

/** A fresh, empty database on the server of `serverUrl`, not opened: for tests that open (or race) it themselves. */
export async function createThrowawayDatabase(serverUrl: string, label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `relais_test_${label}_${process.pid}_${Date.now()}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  // FORCE: a test that failed half-way may have left connections open, which would block the drop.
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/**
 * For a suite of route-handler tests: opens the database before the tests, makes the handlers use it, adds the
 * test agencies when asked, and closes it after. `ready` receives the database (for direct checks).
 */
export function serveDuringSuite(open: () => Promise<TestDatabase>, options: { agencies?: boolean; ready?: (db: Db) => void | Promise<void> } = {}) {
  let opened: TestDatabase;
  let restore: () => void;
  before(async () => {
    opened = await open();
    restore = serveFrom(opened.db);
    if (options.agencies) for (const agency of testAgencies) await addAgency(opened.db, agency);
    await options.ready?.(opened.db);
  });
  after(async () => {
    restore();
    await opened.close();
  });
}

/** Runs a suite on PGlite always, and on a throw-away PostgreSQL database when DATABASE_URL is set. */
export function onEveryDatabase(label: string, suite: (name: string, open: () => Promise<TestDatabase>) => void) {
  suite("embedded PGlite", openPglite);
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) suite("PostgreSQL", () => openThrowawayPostgres(serverUrl, label));
}
