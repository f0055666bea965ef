// Drafts on the server, which owns them: registration, revisioned saves under the one conflict rule, catch-up
// reads, the answer log, and resuming with a code.
import "server-only";
import { randomBytes } from "node:crypto";
import type { ServerEntry } from "@/lib/drafts/protocol";
import type { Author, HelperRole, Via } from "@/lib/handoff/protocol";
import { questionnaire } from "@/lib/questionnaire/definition";
import { EARLIER_QUESTIONS, isEarlierQuestion, translateEarlier } from "@/lib/questionnaire/earlier";
import { findQuestion } from "@/lib/questionnaire/engine";
import { hashSecret, newResumeCode } from "./crypto";
import type { Db, Queryable } from "./db";
import { guessCode, refundRateLimit } from "./rateLimits";
import { DRAFT_CHANGED_CHANNEL } from "./realtime";

/** Changes stamped further ahead than this are clamped to the server's clock, so a wrong phone clock cannot win forever. */
const MAX_CLOCK_AHEAD_MS = 5 * 60 * 1000;

type ServerEntries = Record<string, ServerEntry>;

export type RegisterResult =
  | { status: "created" | "renewed"; resumeCode: string; codeVersion: number }
  | { status: "forbidden" }
  | { status: "deleted" };

/** Live resume codes one draft keeps at most (each registration after a lost response adds one). */
export const MAX_RESUME_CODES = 5;

const REGISTER = `
  WITH gone AS (
    SELECT 1 FROM deleted_drafts WHERE draft_id = $1
  ), created AS (
    INSERT INTO drafts (id) SELECT $1 WHERE NOT EXISTS (SELECT 1 FROM gone)
    ON CONFLICT (id) DO NOTHING RETURNING id, code_version
  ), owner AS (
    INSERT INTO draft_tokens (token_hash, draft_id) SELECT $3, id FROM created RETURNING draft_id
  ), renewed AS (
    UPDATE drafts SET code_version = code_version + 1, updated_at = now()
    WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM created)
      AND EXISTS (SELECT 1 FROM draft_tokens WHERE token_hash = $3 AND draft_id = $1)
    RETURNING id, code_version
  ), code AS (
    INSERT INTO resume_codes (code_hash, draft_id)
    SELECT $2, id FROM created UNION ALL SELECT $2, id FROM renewed
    RETURNING draft_id
  )
  SELECT (SELECT code_version FROM created) AS created, (SELECT code_version FROM renewed) AS renewed,
         (SELECT count(*) FROM owner) AS owners, (SELECT count(*) FROM code) AS codes, EXISTS (SELECT 1 FROM gone) AS deleted`;

/**
 * Registers a draft created on a device, with the device's own token, in one statement. Registering again with
 * the same token (a lost response, or a second tab) adds a resume code with a higher version: the codes given
 * before keep working (a device may already show one), the device keeps the newest. Another token for an
 * existing id is refused, and so is the id of a draft the person deleted.
 */
export async function registerDraft(db: Queryable, draftId: string, token: string): Promise<RegisterResult> {
  // A registration racing another for the same id waits for it, then sees nothing in its own snapshot: the
  // second try starts from a fresh one and finds the draft (and whether this token owns it).
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const resumeCode = newResumeCode();
    const { rows } = await db.query<{ created: number | null; renewed: number | null; deleted: boolean }>(REGISTER, [
      draftId,
      hashSecret(resumeCode),
      hashSecret(token),
    ]);
    const row = rows[0];
    if (row?.deleted) return { status: "deleted" };
    if (row?.created != null) return { status: "created", resumeCode, codeVersion: Number(row.created) };
    if (row?.renewed != null) {
      await db.query(
        `DELETE FROM resume_codes WHERE draft_id = $1 AND code_hash NOT IN (
           SELECT code_hash FROM resume_codes WHERE draft_id = $1 ORDER BY created_at DESC, code_hash LIMIT $2)`,
        [draftId, MAX_RESUME_CODES],
      );
      return { status: "renewed", resumeCode, codeVersion: Number(row.renewed) };
    }
  }
  return { status: "forbidden" };
}

export async function isAuthorised(db: Queryable, draftId: string, token: string): Promise<boolean> {
  const { rows } = await db.query("SELECT 1 FROM draft_tokens WHERE token_hash = $1 AND draft_id = $2", [hashSecret(token), draftId]);
  return rows.length > 0;
}

interface EntryRow {
  question_id: string;
  value: unknown;
  changed_at: string | number;
  revision: string | number;
}

const toEntries = (rows: EntryRow[]): ServerEntries =>
  Object.fromEntries(rows.map((r) => [r.question_id, { value: r.value ?? null, changedAt: Number(r.changed_at), revision: Number(r.revision) }]));

/**
 * The draft's revision and the answers changed after `since` (all of them from 0), plus the named questions, in
 * this questionnaire's questions: old answers the server still holds are translated first (once, for good).
 */
export async function readChangesSince(db: Queryable, draftId: string, since: number, questions: string[] = []) {
  const read = await readStored(db, draftId, since, questions);
  if (!read || !Object.keys(read.entries).some(isEarlierQuestion)) return read;
  await translateHeld(db, draftId, null);
  const again = await readStored(db, draftId, since, questions);
  return again && { revision: again.revision, entries: Object.fromEntries(Object.entries(again.entries).filter(([id]) => !isEarlierQuestion(id))) };
}

async function readStored(db: Queryable, draftId: string, since: number, questions: string[]) {
  const { rows } = await db.query<EntryRow & { draft_revision: string | number }>(
    `SELECT d.revision AS draft_revision, a.question_id, a.value, a.changed_at, a.revision
     FROM drafts d LEFT JOIN draft_answers a ON a.draft_id = d.id AND (a.revision > $2 OR a.question_id = ANY($3::text[]))
     WHERE d.id = $1`,
    [draftId, since, questions],
  );
  const first = rows[0];
  if (!first) return null;
  return { revision: Number(first.draft_revision), entries: toEntries(rows.filter((r) => r.question_id !== null)) };
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

export type SaveResult = { status: "unknown" } | { status: "saved"; revision: number; stored: number; entries: ServerEntries };

// The whole save is one statement, so one round trip and atomic without BEGIN/COMMIT: lock the draft (and check
// the device's token), upsert every change under the conflict rule, log what was stored, raise the revision
// once, announce it, and return what the device needs.
//
// The conflict rule, here and nowhere else: for each question the change made last (its changedAt on the device
// that made it, clamped by the caller) wins; on equal times what the server already holds stays, so a replayed
// outbox changes nothing and two devices converge on the server's copy, which they adopt. The same answer again
// (jsonb equality: key order does not count) is not a change: nothing is stored, logged or announced.
const SAVE = `
  WITH draft AS (
    SELECT revision + 1 AS next FROM drafts
    WHERE id = $1 AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM draft_tokens WHERE token_hash = $2 AND draft_id = $1))
    FOR UPDATE
  ), incoming AS (
    SELECT * FROM jsonb_to_recordset($3::jsonb)
      AS c(question_id text, value jsonb, changed_at bigint, author text, helper_role text, helper_name text)
  ), stored AS (
    INSERT INTO draft_answers AS a (draft_id, question_id, value, changed_at, revision)
    SELECT $1, c.question_id, c.value, c.changed_at, draft.next FROM incoming c CROSS JOIN draft
    ON CONFLICT (draft_id, question_id) DO UPDATE
      SET value = EXCLUDED.value, changed_at = EXCLUDED.changed_at, revision = EXCLUDED.revision
      WHERE a.changed_at < EXCLUDED.changed_at AND a.value IS DISTINCT FROM EXCLUDED.value
    RETURNING a.question_id, a.value, a.changed_at, a.revision
  ), logged AS (
    INSERT INTO answer_log (draft_id, question_id, value, author, helper_role, helper_name, via, device, changed_at)
    SELECT $1, s.question_id, s.value, c.author, c.helper_role, c.helper_name,
           CASE WHEN c.author = 'helper' AND $4 = 'own-device' THEN 'same-device' ELSE $4 END, $5, s.changed_at
    FROM stored s JOIN incoming c USING (question_id)
  ), bumped AS (
    UPDATE drafts SET revision = (SELECT next FROM draft), updated_at = now()
    WHERE id = $1 AND EXISTS (SELECT 1 FROM stored)
    RETURNING revision
  )
  SELECT draft.next,
         (SELECT count(*) FROM bumped) AS bumped,
         (SELECT count(*) FROM (SELECT pg_notify('${DRAFT_CHANGED_CHANNEL}', $1::text) FROM bumped) AS announced) AS announced,
         (SELECT coalesce(jsonb_agg(jsonb_build_array(question_id, value, changed_at, revision)), '[]'::jsonb) FROM stored) AS stored,
         (SELECT coalesce(jsonb_agg(jsonb_build_array(question_id, value, changed_at, revision)), '[]'::jsonb)
            FROM draft_answers o
            WHERE o.draft_id = $1 AND (o.revision > $6 OR o.question_id IN (SELECT question_id FROM incoming))
              AND o.question_id NOT IN (SELECT question_id FROM stored)) AS others
  FROM draft`;

type Tuple = [string, unknown, number | string, number | string];
const fromTuples = (tuples: Tuple[]): EntryRow[] => tuples.map(([question_id, value, changed_at, revision]) => ({ question_id, value, changed_at, revision }));

/**
 * Stores a batch of changes (all or nothing) and returns the draft's revision with every answer that changed
 * after `baseRevision` and the server's copy of each question of the batch (null: the writer does not need
 * them). `token` null: the caller has already authorised the writer (a helper's session).
 *
 * A batch may hold answers to questions of an earlier questionnaire (queued on a device before an update, or from
 * a tab still running the old code): they are stored in today's questions, with their author, never as they came
 * (translateEarlier). Before a change to a question that old answers now live in, the old answers the server
 * holds are translated, so the change lands on what they say.
 */
export async function saveChanges(
  db: Queryable,
  draftId: string,
  token: string | null,
  baseRevision: number | null,
  changes: IncomingChange[],
  origin: ChangeOrigin,
  now = Date.now(),
): Promise<SaveResult> {
  if (!changes.some((change) => MERGED_INTO.has(change.questionId) || isEarlierQuestion(change.questionId))) {
    return storeChanges(db, draftId, token, baseRevision, changes, origin, now);
  }
  await translateHeld(db, draftId, token === null ? null : hashSecret(token));
  const old = changes.filter((change) => isEarlierQuestion(change.questionId));
  // Reading the draft's answers to translate, and keeping them back from a helper, is for its owner only.
  if (old.length > 0 && token !== null && !(await isAuthorised(db, draftId, token))) return { status: "unknown" };
  const today: Array<IncomingChange & { translated?: true }> = old.length === 0 ? changes : await translateIncoming(db, draftId, changes, old);
  for (const change of today) if (change.translated) await keepBackTranslated(db, draftId, change.questionId, [change.questionId]);
  const result = await storeChanges(db, draftId, token, baseRevision, today, origin, now);
  if (result.status !== "saved" || old.length === 0) return result;
  // The sender's old answers are answered for, so that a device running the old code stops sending them (this
  // version's devices never send them, and never keep one the server returns).
  const answered = Object.fromEntries(old.map((change) => [change.questionId, { value: change.value ?? null, changedAt: change.changedAt, revision: result.revision }]));
  return { ...result, entries: { ...result.entries, ...answered } };
}

async function storeChanges(
  db: Queryable,
  draftId: string,
  token: string | null,
  baseRevision: number | null,
  changes: IncomingChange[],
  origin: ChangeOrigin,
  now = Date.now(),
): Promise<SaveResult> {
  const incoming = changes.map((change) => {
    const author = change.author ?? { kind: "person" as const };
    return {
      question_id: change.questionId,
      value: change.value ?? null,
      changed_at: Math.min(change.changedAt, now + MAX_CLOCK_AHEAD_MS),
      author: author.kind,
      helper_role: author.kind === "helper" ? author.role : null,
      helper_name: author.kind === "helper" ? author.name : null,
    };
  });
  const { rows } = await db.query<{ next: string | number; bumped: string | number; stored: Tuple[]; others: Tuple[] }>(SAVE, [
    draftId,
    token === null ? null : hashSecret(token),
    JSON.stringify(incoming),
    origin.via,
    origin.device,
    baseRevision ?? Number.MAX_SAFE_INTEGER,
  ]);
  const row = rows[0];
  if (!row) return { status: "unknown" };
  const revision = Number(row.bumped) > 0 ? Number(row.next) : Number(row.next) - 1;
  const stored = row.stored.length;
  // The statement's snapshot predates the lock: it is only known to hold every change since the device's
  // revision when no other save came in between. Otherwise read again, after this commit.
  const previous = Number(row.next) - 1;
  if (baseRevision !== null && previous !== baseRevision) {
    const fresh = await readChangesSince(db, draftId, baseRevision, incoming.map((c) => c.question_id));
    if (fresh) return { status: "saved", revision: Math.max(revision, fresh.revision), stored, entries: fresh.entries };
  }
  return { status: "saved", revision, stored, entries: toEntries([...fromTuples(row.others), ...fromTuples(row.stored)]) };
}

// Answers of an earlier questionnaire (lib/questionnaire/earlier.ts): the questions they now live in.
const MERGED_INTO = new Set(["address", "transport"]);
const TRANSLATION_INPUTS = [...EARLIER_QUESTIONS, ...MERGED_INTO];

interface HeldRow {
  question_id: string;
  value: unknown;
  changed_at: string | number;
}

const keptOf = (rows: HeldRow[]) => Object.fromEntries(rows.map((r) => [r.question_id, { value: r.value ?? null, changedAt: Number(r.changed_at) }]));

/** Runs `work` in one transaction: its own, or the caller's when `db` already is one. */
function inOneTransaction<T>(db: Queryable, work: (tx: Queryable) => Promise<T>): Promise<T> {
  return "transaction" in db ? (db as Db).transaction(work) : work(db);
}

/** Who gave an old answer, and from where: its latest line in the answer log. */
async function lastLogged(db: Queryable, draftId: string, questionId: string): Promise<{ author: Author; origin: ChangeOrigin }> {
  const { rows } = await db.query<{ author: string; helper_role: string | null; helper_name: string | null; via: Via; device: string }>(
    "SELECT author, helper_role, helper_name, via, device FROM answer_log WHERE draft_id = $1 AND question_id = $2 ORDER BY id DESC LIMIT 1",
    [draftId, questionId],
  );
  const row = rows[0];
  if (!row) return { author: { kind: "person" }, origin: { via: "own-device", device: "unknown" } };
  const author: Author = row.author === "helper" ? { kind: "helper", role: row.helper_role as HelperRole, name: row.helper_name ?? "" } : { kind: "person" };
  return { author, origin: { via: row.via, device: row.device } };
}

/**
 * A sensitive answer the person kept back from a helper (given before they accepted the help) stays hidden once
 * an old answer is translated into it at a later revision: what the helper did not see then, they do not see now,
 * until the person shows it. `sources`: the stored answers the translation reads.
 */
async function keepBackTranslated(db: Queryable, draftId: string, questionId: string, sources: string[]): Promise<void> {
  if (!findQuestion(questionnaire, questionId)?.sensitive) return;
  await db.query(
    `UPDATE help_sessions s SET kept_back = array_append(kept_back, $2)
     WHERE draft_id = $1 AND accepted_revision IS NOT NULL AND status IN ('open', 'requested', 'active')
       AND NOT ($2 = ANY(shown)) AND NOT ($2 = ANY(kept_back))
       AND EXISTS (SELECT 1 FROM draft_answers a WHERE a.draft_id = $1 AND a.question_id = ANY($3::text[])
                     AND a.revision <= s.accepted_revision AND a.value IS NOT NULL AND a.value <> 'null'::jsonb)`,
    [draftId, questionId, sources],
  );
}

/**
 * Translates the old answers the server holds for a draft (stored before the update, or by an instance still
 * running the old code) into today's questions, once: what they say is stored as a change like any other (a new
 * revision, logged with the old answer's author, time and device), and the old answers are deleted, in one
 * transaction under the draft's lock. `tokenHash` null: the caller has already authorised the request. Costs one
 * indexed read when there is nothing to translate.
 */
async function translateHeld(db: Queryable, draftId: string, tokenHash: string | null): Promise<void> {
  const { rows } = await db.query(
    `SELECT 1 FROM draft_answers WHERE draft_id = $1 AND question_id = ANY($2::text[])
       AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM draft_tokens WHERE token_hash = $3 AND draft_id = $1)) LIMIT 1`,
    [draftId, EARLIER_QUESTIONS, tokenHash],
  );
  if (rows.length === 0) return;
  await inOneTransaction(db, async (tx) => {
    // The draft's lock first, as every save takes it: a save waits for the translation, never the other way round.
    await tx.query("SELECT 1 FROM drafts WHERE id = $1 FOR UPDATE", [draftId]);
    const held = await tx.query<HeldRow>("SELECT question_id, value, changed_at FROM draft_answers WHERE draft_id = $1 AND question_id = ANY($2::text[])", [
      draftId,
      TRANSLATION_INPUTS,
    ]);
    for (const { questionId, value, changedAt, from } of translateEarlier(keptOf(held.rows))) {
      const { author, origin } = await lastLogged(tx, draftId, from);
      await keepBackTranslated(tx, draftId, questionId, [from, questionId]);
      await storeChanges(tx, draftId, null, null, [{ questionId, value, changedAt, author }], origin);
    }
    await tx.query("DELETE FROM draft_answers WHERE draft_id = $1 AND question_id = ANY($2::text[])", [draftId, EARLIER_QUESTIONS]);
  });
}

/**
 * A batch's changes in today's questions: its old answers translated against what the server holds and the batch
 * itself (the change made last counts, as in the conflict rule), each with its sender's author.
 */
async function translateIncoming(db: Queryable, draftId: string, changes: IncomingChange[], old: IncomingChange[]): Promise<Array<IncomingChange & { translated?: true }>> {
  const held = await db.query<HeldRow>("SELECT question_id, value, changed_at FROM draft_answers WHERE draft_id = $1 AND question_id = ANY($2::text[])", [
    draftId,
    [...MERGED_INTO],
  ]);
  const view: Record<string, { value: unknown; changedAt: number }> = keptOf(held.rows);
  const today = new Map<string, IncomingChange & { translated?: true }>(changes.filter((change) => !isEarlierQuestion(change.questionId)).map((change) => [change.questionId, change]));
  for (const change of [...today.values(), ...old]) {
    const kept = view[change.questionId];
    if (!kept || kept.changedAt < change.changedAt || isEarlierQuestion(change.questionId)) view[change.questionId] = { value: change.value ?? null, changedAt: change.changedAt };
  }
  for (const { questionId, value, changedAt, from } of translateEarlier(view)) {
    const mine = today.get(questionId);
    if (mine && mine.changedAt > changedAt) continue;
    const author = old.find((change) => change.questionId === from)?.author;
    today.set(questionId, author ? { questionId, value, changedAt, author, translated: true } : { questionId, value, changedAt, translated: true });
  }
  return [...today.values()];
}

export interface LogEntry {
  questionId: string;
  value: unknown;
  /** A null value with nothing before it: an optional question passed over, not an answer taken back. */
  kind: "answered" | "cleared" | "left-empty";
  author: Author;
  via: Via;
  device: string;
  changedAt: number;
}

export async function readLog(db: Queryable, draftId: string): Promise<LogEntry[]> {
  const { rows } = await db.query<{ question_id: string; value: unknown; author: string; helper_role: string | null; helper_name: string | null; via: Via; device: string; changed_at: string }>(
    "SELECT question_id, value, author, helper_role, helper_name, via, device, changed_at FROM answer_log WHERE draft_id = $1 ORDER BY id",
    [draftId],
  );
  const answered = new Set<string>();
  return rows.map((r) => {
    const value = r.value ?? null;
    const kind = value !== null ? "answered" : answered.has(r.question_id) ? "cleared" : "left-empty";
    if (value !== null) answered.add(r.question_id);
    else answered.delete(r.question_id);
    return {
      questionId: r.question_id,
      value,
      kind,
      author: r.author === "helper" ? { kind: "helper", role: r.helper_role as HelperRole, name: r.helper_name ?? "" } : { kind: "person" },
      via: r.via,
      device: r.device,
      changedAt: Number(r.changed_at),
    };
  });
}

export const RESUME_WINDOW_MINUTES = 10;
export const RESUME_MAX_FAILURES = 10;
/** Wrong resume codes all clients together may try per window (docs/threat-model.md has the arithmetic). */
export const RESUME_MAX_FAILURES_ALL = 1_000;

export type ResumeResult =
  | { status: "ok"; draftId: string; token: string; revision: number; entries: ServerEntries }
  | { status: "unknown" }
  | { status: "rate-limited" };

/** Opens a draft with its resume code and gives the new device a token of its own. */
export async function resumeDraft(db: Queryable, code: string, clientKey: string): Promise<ResumeResult> {
  // Counted before the code is tried, per client and across all clients, each in one atomic statement, so
  // parallel guesses cannot slip past the limit; a right code gives its attempts back.
  const buckets = await guessCode(db, "resume", clientKey, { perClient: RESUME_MAX_FAILURES, global: RESUME_MAX_FAILURES_ALL, windowMinutes: RESUME_WINDOW_MINUTES });
  if (!buckets) return { status: "rate-limited" };
  const token = randomBytes(24).toString("base64url");
  const { rows } = await db.query<{ draft_id: string }>(
    `WITH found AS (
       SELECT draft_id FROM resume_codes WHERE code_hash = $1
     ), touched AS (
       -- Resuming is using the draft: its retention starts again.
       UPDATE drafts SET updated_at = now() WHERE id IN (SELECT draft_id FROM found)
     )
     INSERT INTO draft_tokens (token_hash, draft_id) SELECT $2, draft_id FROM found RETURNING draft_id`,
    [hashSecret(code), hashSecret(token)],
  );
  const draftId = rows[0]?.draft_id;
  if (!draftId) return { status: "unknown" };
  for (const bucket of buckets) await refundRateLimit(db, bucket);
  const changes = await readChangesSince(db, draftId, 0);
  return { status: "ok", draftId, token, revision: changes?.revision ?? 0, entries: changes?.entries ?? {} };
}
