// The server's database: embedded PGlite by default, PostgreSQL when DATABASE_URL is set; one SQL dialect for both.
import "server-only";
import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Client as PgClient, Notification, PoolClient } from "pg";
import { migrate } from "./migrations";

/** Anything that runs one SQL statement: the database itself, or one transaction's connection. */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
}

/** One transaction's connection. `exec` runs several statements at once, without parameters (migrations). */
interface Transaction extends Queryable {
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  /** Runs `work` in one transaction on one connection: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  /** Runs several statements at once (migrations); no parameters. */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
  /**
   * Calls `onPayload` for each notification on `channel`, whoever sent it (another instance, or `pg_notify` in
   * SQL). Notifications sent while the listening connection was down are lost: `onReconnect` is called once it
   * listens again, so callers can catch up. Resolves to a function that stops listening.
   */
  listen(channel: string, onPayload: (payload: string) => void, onReconnect?: () => void): Promise<() => Promise<void>>;
  notify(channel: string, payload: string): Promise<void>;
  /** Whether notifications are being received right now. */
  listening(): boolean;
}

/** The database could not be opened or reached: the request may succeed if tried again later. */
export class StorageUnavailableError extends Error {
  constructor(cause?: unknown) {
    // A fixed message: the cause's message may quote values (PostgreSQL messages can contain answers).
    super("storage unavailable", { cause });
    this.name = "StorageUnavailableError";
  }
}

// Class 08 (connection exception), the server shutting down or starting, and too many connections.
const CONNECTION_SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN", "ECONNABORTED"]);
// pg and PGlite raise these without a code. Only code-less errors are matched by message: a server error's
// message can quote stored values, which must never decide anything.
const CONNECTION_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /^Query read timeout$/,
  /is not queryable$/,
  /^Cannot use a pool after calling end on the pool$/,
  /^PGlite is clos(ed|ing)$/,
];

/** True for failures of the connection to the database (worth a retry), false for errors of the SQL or its data. */
export function isConnectionError(error: unknown): boolean {
  return connectionFailure(error, 0);
}

function connectionFailure(error: unknown, depth: number): boolean {
  if (error instanceof StorageUnavailableError) return true;
  if (typeof error !== "object" || error === null || depth > 3) return false;
  const { code, message, errors, cause } = error as { code?: unknown; message?: unknown; errors?: unknown; cause?: unknown };
  if (typeof code === "string" && code !== "") {
    if (/^08[0-9A-Z]{3}$/.test(code) || CONNECTION_SQLSTATES.has(code) || SOCKET_CODES.has(code)) return true;
  } else if (typeof message === "string" && CONNECTION_MESSAGES.some((pattern) => pattern.test(message))) {
    return true;
  }
  // Node reports a refused connection to every address of a host name as one AggregateError.
  if (Array.isArray(errors) && errors.some((inner) => connectionFailure(inner, depth + 1))) return true;
  return cause !== undefined && connectionFailure(cause, depth + 1);
}

/** What may be logged of an error: its class name and its SQLSTATE or system code, never its message. */
export function errorFields(error: unknown): { name: string; code: string } {
  const { name, code } = (typeof error === "object" && error !== null ? error : {}) as { name?: unknown; code?: unknown };
  return {
    name: typeof name === "string" && /^[A-Za-z][A-Za-z0-9_]{0,60}$/.test(name) ? name : "unknown",
    code: typeof code === "string" && /^([0-9A-Z]{5}|E[A-Z_]{2,30})$/.test(code) ? code : "-",
  };
}

function logFailure(what: string, error: unknown) {
  const { name, code } = errorFields(error);
  console.error(`${what}: name=${name} code=${code}`);
}

// A handler that throws must not break the connection's event loop (pg) or the statement being read (PGlite).
const guarded = (onPayload: (payload: string) => void) => (payload: string) => {
  try {
    onPayload(payload);
  } catch (error) {
    logFailure("notification handler failed", error);
  }
};

// PostgreSQL's default 128 MB of shared buffers is touched in full at start: a process with PGlite open measured
// ~340 MB RSS at idle with it, ~210 MB with 16 MB. The embedded database serves one process and small rows.
const PGLITE_SHARED_BUFFERS = "16MB";

async function openPglite(dataDir: string | null): Promise<Db> {
  const { PGlite } = await import("@electric-sql/pglite");
  // PGlite's own mkdir is not recursive. No folder: an in-memory database (tests).
  if (dataDir) mkdirSync(path.dirname(dataDir), { recursive: true });
  const options = { startParams: [...PGlite.defaultStartParams, "-c", `shared_buffers=${PGLITE_SHARED_BUFFERS}`] };
  const db = dataDir ? new PGlite(dataDir, options) : new PGlite(options);
  await db.waitReady;
  return {
    query: async <Row,>(sql: string, params?: unknown[]) => ({ rows: (await db.query<Row>(sql, params)).rows }),
    // Never call the Db itself inside `work`: PGlite runs one thing at a time and would wait for this transaction.
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          query: async <Row,>(sql: string, params?: unknown[]) => ({ rows: (await tx.query<Row>(sql, params)).rows }),
          exec: async (sql) => {
            await tx.exec(sql);
          },
        }),
      ),
    exec: async (sql) => {
      await db.exec(sql);
    },
    close: async () => {
      if (!db.closed) await db.close();
    },
    // PGlite delivers the notifications of its own statements, so both databases go through the same path.
    listen: async (channel, onPayload) => {
      const unlisten = await db.listen(channel, guarded(onPayload));
      return async () => {
        if (!db.closed) await unlisten();
      };
    },
    notify: async (channel, payload) => {
      await db.query("SELECT pg_notify($1, $2)", [channel, payload]);
    },
    listening: () => !db.closed,
  };
}

const CONNECT_TIMEOUT_MS = 5_000;
const RECONNECT_FIRST_MS = 500;
const RECONNECT_MAX_MS = 10_000;
// A connection that vanished without a word (a failover, a dropped NAT entry) raises no error: LISTEN would
// stay silent for ever. A small query now and then finds out.
const HEARTBEAT_MS = 30_000;
const HEARTBEAT_TIMEOUT_MS = 5_000;
// Far above any statement of this app; below it, a pooled connection that went silent would hold its request
// (and the connection) for the many minutes TCP takes to give up. pg-pool destroys a client whose query failed.
const QUERY_TIMEOUT_MS = 30_000;

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * LISTEN needs a connection of its own, outside the pool. This one comes back by itself: when it breaks (server
 * restart, pg_terminate_backend, network), it reconnects with backoff, listens again on every channel, then tells
 * the callers that notifications may have been missed.
 */
class PgListener {
  private client: PgClient | null = null;
  private connecting: Promise<void> | null = null;
  private retry: NodeJS.Timeout | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  // pg 9 will refuse a query while another runs on the same client: LISTEN, UNLISTEN and heartbeats take turns.
  private queue: Promise<unknown> = Promise.resolve();
  private failures = 0;
  private checking = false;
  private connectedOnce = false;
  private closed = false;
  private readonly channels = new Map<string, Set<(payload: string) => void>>();
  private readonly reconnectHandlers = new Set<() => void>();

  constructor(private readonly connectionString: string) {}

  get up() {
    return this.client !== null;
  }

  async listen(channel: string, handler: (payload: string) => void, onReconnect?: () => void) {
    const onPayload = guarded(handler);
    const handlers = this.channels.get(channel) ?? new Set();
    const isNewChannel = handlers.size === 0;
    handlers.add(onPayload);
    this.channels.set(channel, handlers);
    if (onReconnect) this.reconnectHandlers.add(onReconnect);
    if (!this.client && !this.connecting && !this.retry) this.connecting = this.connect();
    if (this.connecting) await this.connecting;
    // A connection that came up before this channel was added does not listen to it yet.
    if (isNewChannel && this.client) await this.inTurn(this.client, `LISTEN ${quoteIdentifier(channel)}`).catch(() => {});
    return async () => {
      handlers.delete(onPayload);
      if (onReconnect) this.reconnectHandlers.delete(onReconnect);
      if (handlers.size > 0) return;
      this.channels.delete(channel);
      if (this.client) await this.inTurn(this.client, `UNLISTEN ${quoteIdentifier(channel)}`).catch(() => {});
    };
  }

  async close() {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    await this.connecting;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private async connect(): Promise<void> {
    const { Client } = await import("pg");
    const client = new Client({ connectionString: this.connectionString, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, keepAlive: true });
    // Without these, a broken connection throws in the process ('error' with no handler) and is never replaced.
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client, null));
    client.on("notification", (message: Notification) => {
      for (const handler of this.channels.get(message.channel) ?? []) handler(message.payload ?? "");
    });
    try {
      await client.connect();
      for (const channel of this.channels.keys()) await client.query(`LISTEN ${quoteIdentifier(channel)}`);
    } catch (error) {
      logFailure("realtime connection failed", error);
      client.removeAllListeners("end");
      // Not awaited: a connection that never opened may never report its end.
      client.end().catch(() => {});
      this.connecting = null;
      this.scheduleReconnect();
      return;
    }
    this.connecting = null;
    if (this.closed) {
      await client.end().catch(() => {});
      return;
    }
    // A query stuck on the previous connection must not hold this one's turn.
    this.queue = Promise.resolve();
    this.client = client;
    this.heartbeat = setInterval(() => void this.check(client), HEARTBEAT_MS);
    this.heartbeat.unref();
    const missedSome = this.connectedOnce || this.failures > 0;
    this.connectedOnce = true;
    this.failures = 0;
    if (!missedSome) return;
    for (const handler of this.reconnectHandlers) {
      try {
        handler();
      } catch (error) {
        logFailure("realtime catch-up failed", error);
      }
    }
  }

  private inTurn(client: PgClient, sql: string) {
    const turn = this.queue.then(() => client.query(sql));
    this.queue = turn.catch(() => {});
    return turn;
  }

  private async check(client: PgClient) {
    if (this.checking) return;
    this.checking = true;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(Object.assign(new Error("heartbeat timed out"), { code: "ETIMEDOUT" })), HEARTBEAT_TIMEOUT_MS);
    });
    try {
      await Promise.race([this.inTurn(client, "SELECT 1"), timedOut]);
    } catch (error) {
      this.lost(client, error instanceof Error ? error : new Error("heartbeat failed"));
    } finally {
      clearTimeout(timer);
      this.checking = false;
    }
  }

  private lost(client: PgClient, error: Error | null) {
    if (this.client !== client) return;
    if (error) logFailure("realtime connection lost", error);
    this.client = null;
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    client.removeAllListeners("end");
    client.end().catch(() => {});
    this.scheduleReconnect();
  }

  private scheduleReconnect() {
    if (this.closed || this.retry) return;
    const base = Math.min(RECONNECT_MAX_MS, RECONNECT_FIRST_MS * 2 ** this.failures);
    this.failures += 1;
    // Jitter: instances cut off together should not all come back in the same millisecond.
    const delay = base * (0.75 + Math.random() * 0.5);
    this.retry = setTimeout(() => {
      this.retry = null;
      if (!this.closed) this.connecting = this.connect();
    }, delay);
    this.retry.unref();
  }
}

/**
 * A statement with parameters is prepared once per connection under a name derived from its text: the app runs a
 * small fixed set of statements, and planning the save's CTE on every call cost more than running it
 * (tests/bench/saves.ts). Statements without parameters may hold several commands, which cannot be prepared.
 */
function prepared(sql: string, params?: unknown[]) {
  if (!params) return { text: sql };
  return { name: `relais_${createHash("sha1").update(sql).digest("hex").slice(0, 20)}`, text: sql, values: params };
}

async function openPostgres(connectionString: string): Promise<Db> {
  const { Pool } = await import("pg");
  // A dead server must fail requests quickly (503), not leave them waiting for a connection.
  const pool = new Pool({
    connectionString,
    max: 10,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    query_timeout: QUERY_TIMEOUT_MS,
    keepAlive: true,
  });
  // An idle client whose connection dies emits 'error' on the pool; unhandled, it would end the process.
  // The pool drops that client by itself.
  pool.on("error", (error) => logFailure("idle database connection lost", error));
  const listener = new PgListener(connectionString);

  const transaction = async <T,>(work: (tx: Transaction) => Promise<T>): Promise<T> => {
    const client: PoolClient = await pool.connect();
    // While checked out, the pool no longer handles this client's 'error': a connection lost between two
    // statements would otherwise throw in the process. The next statement fails with it anyway.
    let broken: Error | undefined;
    const onError = (error: Error) => {
      broken ??= error;
    };
    client.on("error", onError);
    try {
      await client.query("BEGIN");
      const result = await work({
        query: async <Row,>(sql: string, params?: unknown[]) => ({ rows: (await client.query(prepared(sql, params))).rows as Row[] }),
        exec: async (sql) => {
          // Without parameters, pg uses the simple protocol, which accepts several statements.
          await client.query(sql);
        },
      });
      await client.query("COMMIT");
      return result;
    } catch (error) {
      if (isConnectionError(error)) broken ??= error instanceof Error ? error : new Error("connection lost");
      if (!broken) {
        try {
          await client.query("ROLLBACK");
        } catch (rollbackError) {
          broken = rollbackError instanceof Error ? rollbackError : new Error("rollback failed");
        }
      }
      throw error;
    } finally {
      client.off("error", onError);
      // Released with an error, the pool destroys the client instead of lending a broken connection again.
      client.release(broken);
    }
  };

  return {
    query: async <Row,>(sql: string, params?: unknown[]) => ({ rows: (await pool.query(prepared(sql, params))).rows as Row[] }),
    transaction,
    exec: async (sql) => {
      await pool.query(sql);
    },
    close: async () => {
      await listener.close();
      await pool.end();
    },
    listen: (channel, onPayload, onReconnect) => listener.listen(channel, onPayload, onReconnect),
    notify: async (channel, payload) => {
      await pool.query("SELECT pg_notify($1, $2)", [channel, payload]);
    },
    listening: () => listener.up,
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
  try {
    await migrate(db);
  } catch (error) {
    // getDb tries again on the next request: do not leave this pool (or PGlite) open behind it.
    await db.close().catch(() => {});
    throw error;
  }
  return db;
}

/** The process's database, opened and migrated once, with the realtime hub attached. */
export function getDb(): Promise<Db> {
  holder.__relaisDb ??= openDatabase({ url: process.env.DATABASE_URL, dataDir: dataDir() })
    .then(async (db) => {
      const { hub } = await import("./realtime");
      await hub.attach(db);
      return db;
    })
    .catch((error: unknown) => {
      holder.__relaisDb = undefined;
      logFailure("database could not be opened", error);
      throw new StorageUnavailableError(error);
    });
  return holder.__relaisDb;
}
