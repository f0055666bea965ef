// Drafts on the server: registration, per-answer last-writer-wins updates, and resuming with a code.
import "server-only";
import { randomBytes } from "node:crypto";
import type { Entries } from "@/lib/drafts/model";
import type { Author, HelperRole, Via } from "@/lib/handoff/protocol";
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

export interface ChangeOrigin {
  via: Via;
  device: string;
}

export interface IncomingChange {
  questionId: string;
  value: unknown;
  changedAt: number;
  author?: Author;
}

/**
 * Applies changes with the conflict rule of lib/drafts/model.ts, in one statement per change: an older or
 * replayed change leaves the stored answer as it is. Each change that is stored is also appended to the
 * answer log, with who entered it, how and from which device. Returns how many were stored.
 */
export async function applyChanges(db: Db, draftId: string, changes: IncomingChange[], origin: ChangeOrigin = { via: "own-device", device: "unknown" }, now = Date.now()) {
  let stored = 0;
  for (const change of changes) {
    const changedAt = Math.min(change.changedAt, now + MAX_CLOCK_AHEAD_MS);
    const value = change.value === null ? null : JSON.stringify(change.value);
    const { rows } = await db.query(
      `INSERT INTO draft_answers (draft_id, question_id, value, changed_at) VALUES ($1, $2, $3::jsonb, $4)
       ON CONFLICT (draft_id, question_id) DO UPDATE SET value = EXCLUDED.value, changed_at = EXCLUDED.changed_at
       WHERE draft_answers.changed_at < EXCLUDED.changed_at
          OR (draft_answers.changed_at = EXCLUDED.changed_at
              AND coalesce(draft_answers.value::text, 'null') < coalesce(EXCLUDED.value::text, 'null'))
       RETURNING question_id`,
      [draftId, change.questionId, value, changedAt],
    );
    if (rows.length === 0) continue;
    stored += 1;
    const author = change.author ?? { kind: "person" };
    const via = author.kind === "helper" && origin.via === "own-device" ? "same-device" : origin.via;
    await db.query(
      `INSERT INTO answer_log (draft_id, question_id, value, author, helper_role, helper_name, via, device, changed_at)
       VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $8, $9)`,
      [draftId, change.questionId, value, author.kind, author.kind === "helper" ? author.role : null, author.kind === "helper" ? author.name : null, via, origin.device, changedAt],
    );
  }
  await db.query("UPDATE drafts SET updated_at = now() WHERE id = $1", [draftId]);
  return stored;
}

export interface LogEntry {
  questionId: string;
  value: unknown;
  author: Author;
  via: Via;
  device: string;
  changedAt: number;
}

export async function readLog(db: Db, draftId: string): Promise<LogEntry[]> {
  const { rows } = await db.query<{ question_id: string; value: unknown; author: string; helper_role: string | null; helper_name: string | null; via: Via; device: string; changed_at: string }>(
    "SELECT question_id, value, author, helper_role, helper_name, via, device, changed_at FROM answer_log WHERE draft_id = $1 ORDER BY id",
    [draftId],
  );
  return rows.map((r) => ({
    questionId: r.question_id,
    value: r.value,
    author: r.author === "helper" ? { kind: "helper", role: r.helper_role as HelperRole, name: r.helper_name ?? "" } : { kind: "person" },
    via: r.via,
    device: r.device,
    changedAt: Number(r.changed_at),
  }));
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
