// The export's server side: agency API keys (shown once, stored hashed, revocable) and the sent files a key reads.
import "server-only";
import { randomBytes } from "node:crypto";
import { hashSecret } from "./crypto";
import type { Db, Queryable } from "./db";
import { problem, withDb } from "./http";
import { fileOf, SUBMISSION_COLUMNS, type SubmissionRow } from "./submissions";

/** Recognisable in logs, configuration files and secret scanners, so a leaked key is found and revoked. */
const API_KEY_PREFIX = "rls_";
// The prefix plus 32 random bytes in base64url (43 characters).
const API_KEY_PATTERN = /^rls_[A-Za-z0-9_-]{43}$/;

export interface ApiKeySummary {
  id: string;
  name: string;
  createdAt: string;
  revokedAt: string | null;
}

/** A new key for an agency. The key itself is returned once, here, and never stored. */
export async function createApiKey(db: Queryable, agencyId: string, name: string): Promise<{ id: string; key: string }> {
  const id = crypto.randomUUID();
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  // A fast hash is enough here: 256 random bits cannot be guessed, unlike a password, so no slow KDF is needed.
  await db.query("INSERT INTO api_keys (id, agency_id, name, key_hash) VALUES ($1, $2, $3, $4)", [id, agencyId, name, hashSecret(key)]);
  return { id, key };
}

/** The agency's keys, newest first, revoked ones included so an administrator sees what was cut off and when. */
export async function listApiKeys(db: Queryable, agencyId: string): Promise<ApiKeySummary[]> {
  const { rows } = await db.query<{ id: string; name: string; created_at: Date; revoked_at: Date | null }>(
    "SELECT id, name, created_at, revoked_at FROM api_keys WHERE agency_id = $1 ORDER BY created_at DESC, id",
    [agencyId],
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    createdAt: new Date(r.created_at).toISOString(),
    revokedAt: r.revoked_at ? new Date(r.revoked_at).toISOString() : null,
  }));
}

/** Revokes one of the agency's own keys; false for a key of another agency, an unknown id or one already revoked. */
export async function revokeApiKey(db: Queryable, agencyId: string, id: string): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return false;
  const { rows } = await db.query<{ id: string }>(
    "UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND agency_id = $2 AND revoked_at IS NULL RETURNING id",
    [id, agencyId],
  );
  return rows.length > 0;
}

/** The key's id and agency when it is a live key; null otherwise, whatever the reason (nothing to probe). */
export async function verifyApiKey(db: Queryable, key: string): Promise<{ id: string; agencyId: string } | null> {
  if (!API_KEY_PATTERN.test(key)) return null;
  const { rows } = await db.query<{ id: string; agency_id: string }>("SELECT id, agency_id FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL", [
    hashSecret(key),
  ]);
  const row = rows[0];
  return row ? { id: row.id, agencyId: row.agency_id } : null;
}

/** The key of an `Authorization: Bearer <key>` header, or null. */
function bearerKey(request: Request): string | null {
  return /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "")?.[1] ?? null;
}

// Export reads --------------------------------------------------------------------------------------------------

/**
 * A file's place in the export: when it was sent (in microseconds, PostgreSQL's own precision, so two files sent
 * in the same millisecond are neither skipped nor repeated) and its row id to break ties. Opaque to clients.
 */
export function encodeCursor(position: { micros: string; id: string }): string {
  return Buffer.from(`${position.micros}.${position.id}`).toString("base64url");
}

export function decodeCursor(cursor: string): { micros: string; id: string } | null {
  if (cursor.length > 100) return null;
  const [, micros, id] = /^(\d{1,20})\.([0-9a-f-]{36})$/.exec(Buffer.from(cursor, "base64url").toString("utf8")) ?? [];
  return micros && id ? { micros, id } : null;
}

export const START_CURSOR = encodeCursor({ micros: "0", id: "00000000-0000-0000-0000-000000000000" });

/**
 * A file is listed only once it is this old. sent_at is the sending transaction's start: a slow transaction can
 * commit a file dated before one already listed, and a cursor past it would never return it. Sending takes
 * milliseconds; the lag covers the database's own statement timeout with room to spare.
 */
const SETTLE_MS = 60_000;

const MICROS = "(extract(epoch FROM s.sent_at) * 1000000)::bigint";

interface ExportRow extends SubmissionRow {
  micros: string;
  id: string;
}

/**
 * The agency's sent files after `since`, oldest first: every version is its own entry, so a correction reaches
 * the agency's system as version 2 of the same reference. Each file returned is logged as read by the key, in the
 * same transaction as the read.
 */
export async function readExportPage(
  db: Db,
  key: { id: string; agencyId: string },
  since: { micros: string; id: string },
  limit: number,
  now = Date.now(),
) {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<ExportRow>(
      `SELECT ${MICROS}::text AS micros, s.id::text AS id, ${SUBMISSION_COLUMNS}
       FROM submissions s JOIN agencies a ON a.id = s.agency_id
       WHERE s.agency_id = $1 AND (${MICROS}, s.id) > ($2::bigint, $3::uuid) AND s.sent_at <= $4
       ORDER BY s.sent_at, s.id LIMIT $5`,
      [key.agencyId, since.micros, since.id, new Date(now - SETTLE_MS), limit + 1],
    );
    const page = rows.slice(0, limit);
    if (page.length > 0) {
      await tx.query(
        `INSERT INTO access_log (reference, version, agency_id, api_key_id)
         SELECT r, v, $3, $4 FROM unnest($1::text[], $2::int[]) AS f(r, v)`,
        [page.map((r) => r.reference), page.map((r) => r.version), key.agencyId, key.id],
      );
    }
    const last = page.at(-1);
    return {
      files: page.map(fileOf),
      next: last ? { micros: last.micros, id: last.id } : since,
      hasMore: rows.length > limit,
    };
  });
}

/**
 * Runs an export handler for the agency of a live API key. No key, an unknown or a revoked one: 401, the same
 * answer for each, with the Bearer challenge of RFC 6750.
 */
export async function withApiKey(request: Request, work: (db: Db, key: { id: string; agencyId: string }) => Promise<Response>): Promise<Response> {
  const presented = bearerKey(request);
  const unauthorised = () => problem(401, "invalid-api-key", {}, { "WWW-Authenticate": 'Bearer realm="relais-export"' });
  if (!presented) return unauthorised();
  return withDb(async (db) => {
    const key = await verifyApiKey(db, presented);
    return key ? work(db, key) : unauthorised();
  });
}
