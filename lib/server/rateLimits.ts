// Rate limits: failed guesses of a code (per client and across all clients), and how often one client may create
// drafts or send files. Counters are rows of `rate_limits`, one per bucket, each in a fixed window.
import "server-only";
import type { Queryable } from "./db";
import { clientHash } from "./secret";

/**
 * Counts one attempt and says whether it may go ahead, in one atomic upsert: parallel attempts each get their
 * own count, so none slips past the limit between a count and an insert.
 */
async function hitRateLimit(db: Queryable, bucket: string, max: number, windowMinutes: number): Promise<boolean> {
  const { rows } = await db.query<{ failures: number }>(
    `INSERT INTO rate_limits AS r (bucket, window_start, failures) VALUES ($1, now(), 1)
     ON CONFLICT (bucket) DO UPDATE SET
       failures = CASE WHEN r.window_start < now() - make_interval(mins => $2::int) THEN 1 ELSE r.failures + 1 END,
       window_start = CASE WHEN r.window_start < now() - make_interval(mins => $2::int) THEN now() ELSE r.window_start END
     RETURNING failures`,
    [bucket, windowMinutes],
  );
  return Number(rows[0]?.failures ?? 0) <= max;
}

/** An attempt that succeeded was not a failure: it gives its count back. */
export async function refundRateLimit(db: Queryable, bucket: string): Promise<void> {
  await db.query("UPDATE rate_limits SET failures = greatest(failures - 1, 0) WHERE bucket = $1", [bucket]);
}

export interface CodeSpaceLimits {
  /** Wrong codes one client may try in a window. */
  perClient: number;
  /**
   * Wrong codes all clients together may try in a window: what a botnet rotating its addresses gets at most.
   * Reached, everyone gets 429 until the window ends (a sweep is stopped at the price of a short outage).
   */
  global: number;
  windowMinutes: number;
}

/**
 * Counts a guess of a code in `space` ("resume", "join") for the client, then for everyone; a client already
 * over its own limit does not eat into the global budget. Returns the buckets to refund when the code was right,
 * or null when the guess may not be tried.
 */
export async function guessCode(db: Queryable, space: string, client: string, limits: CodeSpaceLimits): Promise<string[] | null> {
  const own = `${space}:client:${await clientHash(db, client)}`;
  if (!(await hitRateLimit(db, own, limits.perClient, limits.windowMinutes))) return null;
  const everyone = `${space}:all`;
  if (!(await hitRateLimit(db, everyone, limits.global, limits.windowMinutes))) return null;
  return [own, everyone];
}

/** Counts one action of a client (creating a draft, sending a file) and says whether it may go ahead. */
export async function allowAction(db: Queryable, action: string, client: string, max: number, windowMinutes: number): Promise<boolean> {
  return hitRateLimit(db, `${action}:client:${await clientHash(db, client)}`, max, windowMinutes);
}
