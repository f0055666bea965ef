// Drafts on the server: registration, per-answer last-writer-wins updates, and resuming with a code.
import "server-only";
import { randomBytes } from "node:crypto";
import type { Entries } from "@/lib/drafts/model";
import { hashSecret, newResumeCode } from "./crypto";
import type { Db } from "./db";

/** Changes stamped further ahead than this are clamped to the server's clock, so a wrong phone clock cannot win forever. */
export const MAX_CLOCK_AHEAD_MS = 5 * 60 * 1000;

export type RegisterResult = { status: "created" | "renewed"; resumeCode: string } | { status: "forbidden" };

/**
 * Registers a draft created on a device, with the device's own token. Registering again with the same token
 * (a lost response) is accepted and gives a fresh resume code; another token for an existing id is refused.
 */
export async function registerDraft(db: Db, draftId: string, token: string): Promise<RegisterResult> {
  const tokenHash = hashSecret(token);
  const owner = await db.query<{ draft_id: string }>("SELECT draft_id FROM draft_tokens WHERE token_hash = $1", [tokenHash]);
  const exists = await db.query("SELECT 1 FROM drafts WHERE id = $1", [draftId]);
  const resumeCode = newResumeCode();
  if (exists.rows.length > 0) {
    if (owner.rows[0]?.draft_id !== draftId) return { status: "forbidden" };
    await db.query("UPDATE drafts SET resume_hash = $2, updated_at = now() WHERE id = $1", [draftId, hashSecret(resumeCode)]);
    return { status: "renewed", resumeCode };
  }
  await db.query("INSERT INTO drafts (id, resume_hash) VALUES ($1, $2)", [draftId, hashSecret(resumeCode)]);
  await db.query("INSERT INTO draft_tokens (token_hash, draft_id) VALUES ($1, $2)", [tokenHash, draftId]);
  return { status: "created", resumeCode };
}

export async function isAuthorised(db: Db, draftId: string, token: string): Promise<boolean> {
  const { rows } = await db.query("SELECT 1 FROM draft_tokens WHERE token_hash = $1 AND draft_id = $2", [hashSecret(token), draftId]);
  return rows.length > 0;
}

export async function readEntries(db: Db, draftId: string): Promise<Entries> {
  const { rows } = await db.query<{ question_id: string; value: unknown; changed_at: string | number }>(
    "SELECT question_id, value, changed_at FROM draft_answers WHERE draft_id = $1",
    [draftId],
  );
  const entries: Entries = {};
  for (const row of rows) entries[row.question_id] = { value: row.value as Entries[string]["value"], changedAt: Number(row.changed_at) };
  return entries;
}

/**
 * Applies changes with the conflict rule of lib/drafts/model.ts, in one statement per change: an older or
 * replayed change leaves the stored answer as it is.
 */
export async function applyChanges(db: Db, draftId: string, changes: Array<{ questionId: string; value: unknown; changedAt: number }>, now = Date.now()) {
  for (const change of changes) {
    const changedAt = Math.min(change.changedAt, now + MAX_CLOCK_AHEAD_MS);
    const value = change.value === null ? null : JSON.stringify(change.value);
    await db.query(
      `INSERT INTO draft_answers (draft_id, question_id, value, changed_at) VALUES ($1, $2, $3::jsonb, $4)
       ON CONFLICT (draft_id, question_id) DO UPDATE SET value = EXCLUDED.value, changed_at = EXCLUDED.changed_at
       WHERE draft_answers.changed_at < EXCLUDED.changed_at
          OR (draft_answers.changed_at = EXCLUDED.changed_at
              AND coalesce(draft_answers.value::text, 'null') < coalesce(EXCLUDED.value::text, 'null'))`,
      [draftId, change.questionId, value, changedAt],
    );
  }
  await db.query("UPDATE drafts SET updated_at = now() WHERE id = $1", [draftId]);
}

export const RESUME_WINDOW_MINUTES = 10;
export const RESUME_MAX_FAILURES = 10;

export type ResumeResult =
  | { status: "ok"; draftId: string; token: string; entries: Entries }
  | { status: "unknown" }
  | { status: "rate-limited" };

/** Opens a draft with its resume code and gives the new device a token of its own. */
export async function resumeDraft(db: Db, code: string, clientKey: string): Promise<ResumeResult> {
  const clientHash = hashSecret(`resume:${clientKey}`);
  const { rows: recent } = await db.query<{ n: string | number }>(
    `SELECT count(*) AS n FROM resume_failures WHERE client_hash = $1 AND at > now() - interval '${RESUME_WINDOW_MINUTES} minutes'`,
    [clientHash],
  );
  if (Number(recent[0]?.n ?? 0) >= RESUME_MAX_FAILURES) return { status: "rate-limited" };
  const { rows } = await db.query<{ id: string }>("SELECT id FROM drafts WHERE resume_hash = $1", [hashSecret(code)]);
  const draftId = rows[0]?.id;
  if (!draftId) {
    await db.query("INSERT INTO resume_failures (client_hash) VALUES ($1)", [clientHash]);
    return { status: "unknown" };
  }
  const token = randomBytes(24).toString("base64url");
  await db.query("INSERT INTO draft_tokens (token_hash, draft_id) VALUES ($1, $2)", [hashSecret(token), draftId]);
  return { status: "ok", draftId, token, entries: await readEntries(db, draftId) };
}
