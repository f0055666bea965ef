// The server's secret for keyed hashes of client addresses: RELAIS_SECRET, or one generated on first use and kept
// with the data (a row in the database, so PGlite's folder and a PostgreSQL server each carry their own).
import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import type { Queryable } from "./db";

const NAME = "client-keys";
// Any number: it only has to be the same in every instance that could create the table at the same time.
const CREATE_LOCK = 72_515_001;

const holder = globalThis as typeof globalThis & { __relaisSecret?: Promise<Buffer> };

/**
 * Reads (or makes) the secret through `db`, which may be a transaction in progress: every step is one statement
 * and none fails when another instance does the same at the same moment. One process serves one database, so
 * the secret is read once per process.
 */
async function loadSecret(db: Queryable): Promise<Buffer> {
  const configured = process.env.RELAIS_SECRET ?? "";
  if (configured.length >= 32) return Buffer.from(configured, "utf8");
  if (configured) console.error("RELAIS_SECRET is shorter than 32 characters: ignored, the stored secret is used");
  const { rows: present } = await db.query<{ present: boolean }>("SELECT to_regclass('server_secrets') IS NOT NULL AS present");
  if (!present[0]?.present) {
    // Only on a database that never had one. The lock makes two instances creating it at once take turns
    // (inside a transaction it is held to its end; otherwise the IF NOT EXISTS race is the first start only).
    await db.query("SELECT pg_advisory_xact_lock($1)", [CREATE_LOCK]);
    await db.query(
      `CREATE TABLE IF NOT EXISTS server_secrets (name text PRIMARY KEY, value text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`,
    );
  }
  // Whoever inserts first wins; the others read the winner's value in the next statement's snapshot.
  await db.query("INSERT INTO server_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING", [NAME, randomBytes(32).toString("base64url")]);
  const { rows } = await db.query<{ value: string }>("SELECT value FROM server_secrets WHERE name = $1", [NAME]);
  if (!rows[0]) throw new Error("server secret missing");
  return Buffer.from(rows[0].value, "base64url");
}

function serverSecret(db: Queryable): Promise<Buffer> {
  const loading = (holder.__relaisSecret ??= loadSecret(db));
  // A failed read (database down) must not stay cached: the next request tries again.
  loading.catch(() => {
    if (holder.__relaisSecret === loading) holder.__relaisSecret = undefined;
  });
  return loading;
}

/**
 * HMAC-SHA256 of a client identity under the server's secret: rate-limit rows name clients without revealing
 * them (an unkeyed hash of an IPv4 address is reversed by trying all 2^32).
 */
export async function clientHash(db: Queryable, identity: string): Promise<string> {
  return createHmac("sha256", await serverSecret(db)).update(identity).digest("base64url");
}

/** For tests that switch databases: the next hash reads the secret again. */
export function forgetServerSecret(): void {
  holder.__relaisSecret = undefined;
}
