// Nothing lives forever: the purge deletes what the privacy notice says is kept no longer. It runs inside the
// server every hour and as `npm run purge` for a system scheduler; it logs counts only, never what it deleted.
import "server-only";
import { retentionDays, type RetentionDays } from "@/lib/privacy";
import { getDb, type Db } from "./db";
import { CHALLENGE_MINUTES, SESSION_IDLE_MINUTES, SESSION_MAX_HOURS } from "./staff";

export type PurgeCounts = Record<"sentVersions" | "readRecords" | "drafts" | "helpSessions" | "counters" | "tombstones" | "staffSessions" | "staffInvitations" | "challenges", number>;

// Any fixed number, the same in every instance: two instances purging at once would only repeat each other.
const PURGE_LOCK = 72_515_002;

const before = (days: string) => `$1::timestamptz - make_interval(days => ${days})`;

// Each statement's parameters after $1 (now); null: the statement does not depend on the time.
// Order matters: sent versions go first, so a draft whose last version just expired goes in the same run.
const STATEMENTS: Array<[keyof PurgeCounts, string, (r: RetentionDays) => unknown[] | null]> = [
  ["sentVersions", `DELETE FROM submissions WHERE sent_at < ${before("$2::int")}`, (r) => [r.sentFile]],
  ["readRecords", "DELETE FROM access_log l WHERE NOT EXISTS (SELECT 1 FROM submissions s WHERE s.reference = l.reference)", () => null],
  [
    "drafts",
    `DELETE FROM drafts d WHERE d.updated_at < ${before("$2::int")} AND NOT EXISTS (SELECT 1 FROM submissions s WHERE s.draft_id = d.id)`,
    (r) => [r.draftIdle],
  ],
  ["helpSessions", `DELETE FROM help_sessions WHERE last_activity < ${before("$2::int")}`, (r) => [r.helpSession]],
  ["counters", `DELETE FROM rate_limits WHERE window_start < ${before("$2::int")}`, (r) => [r.counters]],
  ["tombstones", `DELETE FROM deleted_drafts WHERE deleted_at < ${before("$2::int")}`, (r) => [r.sentFile]],
  [
    "staffSessions",
    `DELETE FROM staff_sessions WHERE last_seen < $1::timestamptz - make_interval(mins => $2::int)
       OR created_at < $1::timestamptz - make_interval(hours => $3::int)`,
    () => [SESSION_IDLE_MINUTES, SESSION_MAX_HOURS],
  ],
  ["staffInvitations", `DELETE FROM staff_invitations WHERE expires_at < ${before("1")}`, () => []],
  ["challenges", `DELETE FROM webauthn_challenges WHERE expires_at < $1::timestamptz - make_interval(mins => $2::int)`, () => [CHALLENGE_MINUTES]],
];

/**
 * Deletes everything older than its retention at `now`, in one transaction. Returns how many rows of each kind
 * went, or null when another instance is purging at this moment.
 */
export async function purge(db: Db, retention: RetentionDays, now: Date = new Date()): Promise<PurgeCounts | null> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ locked: boolean }>("SELECT pg_try_advisory_xact_lock($1) AS locked", [PURGE_LOCK]);
    if (!rows[0]?.locked) return null;
    const counts = {} as PurgeCounts;
    for (const [kind, sql, params] of STATEMENTS) {
      const rest = params(retention);
      const { rows: deleted } = await tx.query<{ n: string | number }>(
        `WITH gone AS (${sql} RETURNING 1) SELECT count(*) AS n FROM gone`,
        rest === null ? [] : [now.toISOString(), ...rest],
      );
      counts[kind] = Number(deleted[0]?.n ?? 0);
    }
    return counts;
  });
}

/** One log line: counts only. */
export function describePurge(counts: PurgeCounts): string {
  return `purge: ${Object.entries(counts)
    .map(([kind, n]) => `${kind}=${n}`)
    .join(" ")}`;
}

export const PURGE_EVERY_MS = 60 * 60 * 1000;

const holder = globalThis as typeof globalThis & { __relaisPurge?: ReturnType<typeof setInterval> };

async function purgeNow(): Promise<void> {
  try {
    const counts = await purge(await getDb(), retentionDays);
    if (counts) console.log(describePurge(counts));
  } catch (error) {
    // The kind of failure only: a database message may quote values.
    console.error("purge failed:", error instanceof Error ? error.name : "unknown");
  }
}

/** Purges at start and every hour after, inside the server; once per process, never keeping it alive. */
export function schedulePurge(): void {
  if (holder.__relaisPurge) return;
  // purgeNow logs its own failures and never rejects.
  void purgeNow();
  holder.__relaisPurge = setInterval(() => void purgeNow(), PURGE_EVERY_MS);
  holder.__relaisPurge.unref();
}
