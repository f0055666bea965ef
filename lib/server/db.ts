// The server's database: embedded PGlite by default, PostgreSQL when DATABASE_URL is set; one SQL dialect for both.
import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { migrate } from "./migrations";

export interface Db {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  /** Runs several statements at once (migrations); no parameters. */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
  /** PostgreSQL only: cross-instance notifications (the embedded database runs in one process). */
  listen?(channel: string, onPayload: (payload: string) => void): Promise<void>;
  notify?(channel: string, payload: string): Promise<void>;
}

async function openPglite(dataDir: string | null): Promise<Db> {
  const { PGlite } = await import("@electric-sql/pglite");
  // PGlite's own mkdir is not recursive. No folder: an in-memory database (tests).
  if (dataDir) mkdirSync(path.dirname(dataDir), { recursive: true });
  const db = dataDir ? new PGlite(dataDir) : new PGlite();
  await db.waitReady;
  return {
    query: async <Row,>(sql: string, params?: unknown[]) => ({ rows: (await db.query<Row>(sql, params)).rows }),
    exec: async (sql) => {
      await db.exec(sql);
    },
    close: () => db.close(),
  };
}

async function openPostgres(connectionString: string): Promise<Db> {
  const { Pool } = await import("pg");
  const pool = new Pool({ connectionString, max: 10 });
  const listeners: Array<{ end(): Promise<void> }> = [];
  return {
    query: async <Row,>(sql: string, params?: unknown[]) => ({ rows: (await pool.query(sql, params)).rows as Row[] }),
    exec: async (sql) => {
      await pool.query(sql);
    },
    close: async () => {
      await Promise.all(listeners.map((client) => client.end()));
      await pool.end();
    },
    listen: async (channel, onPayload) => {
      // LISTEN needs a connection of its own, outside the pool.
      const { Client } = await import("pg");
      const client = new Client({ connectionString });
      await client.connect();
      client.on("notification", (message) => message.channel === channel && onPayload(message.payload ?? ""));
      await client.query(`LISTEN ${channel}`);
      listeners.push(client);
    },
    notify: async (channel, payload) => {
      await pool.query("SELECT pg_notify($1, $2)", [channel, payload]);
    },
  };
}

export function dataDir(): string {
  return path.resolve(process.env.RELAIS_DATA_DIR ?? "data", "pglite");
}

// Route handlers are separate bundles and dev reloads reset modules: one database per process lives on globalThis.
const holder = globalThis as typeof globalThis & { __relaisDb?: Promise<Db> };

/** Opens and migrates a database: PostgreSQL at `url`, else PGlite in `dataDir` (in memory when null). */
export async function openDatabase(options: { url?: string; dataDir: string | null }): Promise<Db> {
  const db = options.url ? await openPostgres(options.url) : await openPglite(options.dataDir);
  await migrate(db);
  return db;
}

export function getDb(): Promise<Db> {
  holder.__relaisDb ??= openDatabase({ url: process.env.DATABASE_URL, dataDir: dataDir() })
    .then(async (db) => {
      const { hub } = await import("./realtime");
      await hub.attach(db);
      return db;
    })
    .catch((error: unknown) => {
    holder.__relaisDb = undefined;
    throw error;
  });
  return holder.__relaisDb;
}
