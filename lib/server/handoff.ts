// Live help sessions: join codes (single use, short-lived, rate-limited), the person's consent, modes,
// presence, and the end of help. A correct code only creates a request that the person must accept.
import "server-only";
import { randomBytes, randomInt } from "node:crypto";
import { RESUME_ALPHABET } from "@/lib/drafts/protocol";
import {
  JOIN_CODE_LENGTH,
  JOIN_TTL_MINUTES,
  SESSION_IDLE_MINUTES,
  type Helper,
  type HelpMode,
  type HelperRole,
  type SessionState,
  type SessionStatus,
} from "@/lib/handoff/protocol";
import { questionnaire } from "@/lib/questionnaire/definition";
import { hashSecret } from "./crypto";
import type { Db, Queryable } from "./db";
import { guessCode, refundRateLimit } from "./rateLimits";

export const JOIN_MAX_FAILURES = 10;
/** Wrong join codes all clients together may try per window (docs/threat-model.md has the arithmetic). */
const JOIN_MAX_FAILURES_ALL = 1_000;
const JOIN_WINDOW_MINUTES = 10;

interface SessionRow {
  id: string;
  draft_id: string;
  person_token_hash: string;
  helper_token_hash: string | null;
  status: SessionStatus;
  helper_role: HelperRole | null;
  helper_name: string | null;
  mode: HelpMode;
  typing_requested: boolean;
  person_at: string | null;
  helper_at: string | null;
  idle: boolean;
  idle_seconds_left: number | string;
  accepted_revision: number | string | null;
  shown: string[];
  /** Hidden whatever their revision (an answer kept back, then translated: keepBackTranslated in drafts.ts). */
  kept_back: string[];
}

export type Side = "person" | "helper";
export interface SessionAccess {
  session: SessionRow;
  side: Side;
}

export function stateOf(row: SessionRow): SessionState {
  return {
    status: row.status,
    helper: row.helper_role && row.helper_name ? { role: row.helper_role, name: row.helper_name } : null,
    mode: row.mode,
    personAt: row.person_at,
    helperAt: row.helper_at,
    typingRequested: row.typing_requested,
    idleSecondsLeft: row.status === "active" || row.status === "requested" ? Math.max(0, Math.floor(Number(row.idle_seconds_left))) : null,
    hidden: [],
  };
}

const SENSITIVE = questionnaire.questions.filter((q) => q.sensitive).map((q) => q.id);

/**
 * The sensitive answers the helper does not see: those already given when the person accepted the help (an answer
 * changed since was given with the helper there; one kept back and translated since still is), less the ones the
 * person chose to show. Only question ids: the
 * person's screen offers to show them, the helper's says an answer is kept back.
 */
export async function hiddenFromHelper(db: Queryable, row: SessionRow): Promise<string[]> {
  if (row.accepted_revision === null) return [];
  const { rows } = await db.query<{ question_id: string }>(
    `SELECT question_id FROM draft_answers
     WHERE draft_id = $1 AND (revision <= $2 OR question_id = ANY($5::text[])) AND value IS NOT NULL AND value <> 'null'::jsonb
       AND question_id = ANY($3::text[]) AND NOT (question_id = ANY($4::text[]))
     ORDER BY question_id`,
    [row.draft_id, Number(row.accepted_revision), SENSITIVE, row.shown, row.kept_back],
  );
  return rows.map((r) => r.question_id);
}

function newJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i += 1) code += RESUME_ALPHABET[randomInt(RESUME_ALPHABET.length)];
  return code;
}

/** Opens a new session for the draft (ending any earlier one): a typed code and a QR token, both single use. */
export async function openSession(db: Db, draftId: string, personToken: string) {
  const id = crypto.randomUUID();
  const code = newJoinCode();
  const token = randomBytes(16).toString("base64url");
  // One transaction: the earlier session ends exactly when the new one exists.
  const expires = await db.transaction(async (tx) => {
    await tx.query("UPDATE help_sessions SET status = 'ended' WHERE draft_id = $1 AND status IN ('open', 'requested', 'active')", [draftId]);
    const { rows } = await tx.query<{ expires: Date }>(
      `INSERT INTO help_sessions (id, draft_id, person_token_hash, join_code_hash, join_token_hash, code_expires_at, status)
       VALUES ($1, $2, $3, $4, $5, now() + interval '${JOIN_TTL_MINUTES} minutes', 'open') RETURNING code_expires_at AS expires`,
      [id, draftId, hashSecret(personToken), hashSecret(code), hashSecret(token)],
    );
    return rows[0]?.expires;
  });
  return { sessionId: id, joinCode: code, joinToken: token, expiresAt: new Date(expires ?? Date.now()).toISOString() };
}

export type JoinResult = { status: "requested"; sessionId: string; helperToken: string } | { status: "unknown" } | { status: "rate-limited" };

export async function requestToJoin(db: Queryable, secret: { code?: string; token?: string }, helper: Helper, clientKey: string): Promise<JoinResult> {
  const buckets = await guessCode(db, "join", clientKey, { perClient: JOIN_MAX_FAILURES, global: JOIN_MAX_FAILURES_ALL, windowMinutes: JOIN_WINDOW_MINUTES });
  if (!buckets) return { status: "rate-limited" };
  const column = secret.token ? "join_token_hash" : "join_code_hash";
  const value = secret.token ?? secret.code ?? "";
  const helperToken = randomBytes(24).toString("base64url");
  // One statement: two helpers racing for one code cannot both get it (the code is cleared as it is used).
  const { rows } = await db.query<{ id: string }>(
    `UPDATE help_sessions SET status = 'requested', helper_role = $2, helper_name = $3, helper_token_hash = $4,
       join_code_hash = NULL, join_token_hash = NULL, last_activity = now()
     WHERE ${column} = $1 AND status = 'open' AND code_expires_at > now() RETURNING id`,
    [hashSecret(value), helper.role, helper.name, hashSecret(helperToken)],
  );
  if (!rows[0]) return { status: "unknown" };
  for (const bucket of buckets) await refundRateLimit(db, bucket);
  return { status: "requested", sessionId: rows[0].id, helperToken };
}

const IDLE_SECONDS_LEFT = `EXTRACT(EPOCH FROM (last_activity + interval '${SESSION_IDLE_MINUTES} minutes' - now())) AS idle_seconds_left`;

/** Which side a token opens this session for, ending it first if it sat idle too long. */
export async function accessSession(db: Queryable, sessionId: string, token: string): Promise<SessionAccess | null> {
  const hash = hashSecret(token);
  const { rows } = await db.query<SessionRow>(
    `SELECT id, draft_id, person_token_hash, helper_token_hash, status, helper_role, helper_name, mode, typing_requested,
            person_at, helper_at, accepted_revision, shown, kept_back, (last_activity < now() - interval '${SESSION_IDLE_MINUTES} minutes') AS idle,
            ${IDLE_SECONDS_LEFT}
     FROM help_sessions WHERE id = $1 AND (person_token_hash = $2 OR helper_token_hash = $2)`,
    [sessionId, hash],
  );
  const session = rows[0];
  if (!session) return null;
  if (session.idle && (session.status === "active" || session.status === "requested")) {
    await db.query("UPDATE help_sessions SET status = 'ended' WHERE id = $1", [sessionId]);
    session.status = "ended";
  }
  return { session, side: session.person_token_hash === hash ? "person" : "helper" };
}

export async function readSession(db: Queryable, sessionId: string): Promise<SessionRow | null> {
  const { rows } = await db.query<SessionRow>(
    `SELECT id, draft_id, person_token_hash, helper_token_hash, status, helper_role, helper_name, mode, typing_requested,
            person_at, helper_at, accepted_revision, shown, kept_back, false AS idle, ${IDLE_SECONDS_LEFT}
     FROM help_sessions WHERE id = $1`,
    [sessionId],
  );
  return rows[0] ?? null;
}

export async function decide(db: Queryable, sessionId: string, accept: boolean) {
  // Accepting fixes what was already answered: the sensitive part of it stays hidden from the helper (hiddenFromHelper).
  await db.query(
    `UPDATE help_sessions SET status = $2, last_activity = now(),
       accepted_revision = CASE WHEN $2 = 'active' THEN (SELECT revision FROM drafts WHERE id = help_sessions.draft_id) END
     WHERE id = $1 AND status = 'requested'`,
    [sessionId, accept ? "active" : "refused"],
  );
}

/** The person shows the helper one answer kept back. */
export async function showAnswer(db: Queryable, sessionId: string, questionId: string) {
  await db.query("UPDATE help_sessions SET shown = array_append(shown, $2), last_activity = now() WHERE id = $1 AND NOT ($2 = ANY(shown))", [sessionId, questionId]);
}

export async function setMode(db: Queryable, sessionId: string, mode: HelpMode) {
  await db.query("UPDATE help_sessions SET mode = $2, typing_requested = false, last_activity = now() WHERE id = $1 AND status = 'active'", [sessionId, mode]);
}

export async function askToType(db: Queryable, sessionId: string) {
  await db.query("UPDATE help_sessions SET typing_requested = true, last_activity = now() WHERE id = $1 AND status = 'active'", [sessionId]);
}

export async function setPresence(db: Queryable, sessionId: string, side: Side, at: string) {
  await db.query(`UPDATE help_sessions SET ${side === "person" ? "person_at" : "helper_at"} = $2, last_activity = now() WHERE id = $1`, [sessionId, at]);
}

/** Either side says "we are still here": the idle end moves 30 minutes on. */
export async function keepAlive(db: Queryable, sessionId: string) {
  await db.query("UPDATE help_sessions SET last_activity = now() WHERE id = $1 AND status IN ('requested', 'active')", [sessionId]);
}

export async function endSession(db: Queryable, sessionId: string) {
  await db.query("UPDATE help_sessions SET status = 'ended', join_code_hash = NULL, join_token_hash = NULL WHERE id = $1", [sessionId]);
}
