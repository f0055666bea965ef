// The databases the integration tests run on: embedded PGlite always, and a throw-away database on the
// PostgreSQL server of DATABASE_URL when it is set (created for the test file, dropped afterwards).
import pg from "pg";
import { openDatabase, type Db } from "@/lib/server/db";

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
