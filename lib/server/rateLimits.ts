// Failed-attempt limits (resume codes, join codes): one row per client and purpose, in a fixed window.
import "server-only";
import type { Queryable } from "./db";

/**
 * Counts one attempt and says whether it may go ahead, in one atomic upsert: parallel attempts each get their
 * own count, so none slips past the limit between a count and an insert.
 */
export async function hitRateLimit(db: Queryable, bucket: string, max: number, windowMinutes: number): Promise<boolean> {
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
