// The person deletes their file: the draft and everything hanging from it, on every device's behalf, in one
// transaction. What stays is a tombstone: the draft's id (so a tab still open elsewhere cannot register it again)
// and, when the file had been sent, its reference, agency and the date, for the counsellors who expected it.
import "server-only";
import { hashSecret } from "./crypto";
import type { Db, Queryable } from "./db";

export type DeleteResult = { status: "deleted" } | { status: "unknown" };

/**
 * Deletes the draft the token belongs to: answers, answer log, help sessions, device tokens and resume codes
 * (through their foreign keys), the sent versions and the log of who read them. Unknown draft or foreign token:
 * "unknown", nothing touched.
 */
export async function deleteDraft(db: Db, draftId: string, token: string): Promise<DeleteResult> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ reference: string | null }>(
      `SELECT d.reference FROM drafts d
       WHERE d.id = $1 AND EXISTS (SELECT 1 FROM draft_tokens t WHERE t.token_hash = $2 AND t.draft_id = d.id)
       FOR UPDATE`,
      [draftId, hashSecret(token)],
    );
    if (!rows[0]) return { status: "unknown" };
    const { reference } = rows[0];
    // The agency of the newest version, if it was sent: the one whose counsellors see the tombstone.
    const { rows: sent } = await tx.query<{ agency_id: string }>(
      "SELECT agency_id FROM submissions WHERE draft_id = $1 ORDER BY version DESC LIMIT 1",
      [draftId],
    );
    const agencyId = sent[0]?.agency_id ?? null;
    await tx.query("INSERT INTO deleted_drafts (draft_id, reference, agency_id) VALUES ($1, $2, $3)", [
      draftId,
      agencyId ? reference : null,
      agencyId,
    ]);
    if (reference) await tx.query("DELETE FROM access_log WHERE reference = $1", [reference]);
    await tx.query("DELETE FROM submissions WHERE draft_id = $1 OR ($2::text IS NOT NULL AND reference = $2)", [draftId, reference]);
    await tx.query("DELETE FROM drafts WHERE id = $1", [draftId]);
    return { status: "deleted" };
  });
}

export interface Tombstone {
  reference: string;
  deletedAt: string;
}

/** Sent files of the agency that their person deleted: the reference and the date, nothing else. */
export async function listTombstones(db: Queryable, agencyId: string): Promise<Tombstone[]> {
  const { rows } = await db.query<{ reference: string; deleted_at: Date }>(
    "SELECT reference, deleted_at FROM deleted_drafts WHERE agency_id = $1 AND reference IS NOT NULL ORDER BY deleted_at DESC",
    [agencyId],
  );
  return rows.map((r) => ({ reference: r.reference, deletedAt: new Date(r.deleted_at).toISOString() }));
}
