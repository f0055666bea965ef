// Sent files: built by the server from the draft it holds, checked whole, kept as immutable versions under one
// reference per draft; the person's copy; the agency's inbox and the opening of a file, which is logged.
import "server-only";
import { randomInt } from "node:crypto";
import { RESUME_ALPHABET } from "@/lib/drafts/protocol";
import { answersOf } from "@/lib/drafts/model";
import { QUESTIONNAIRE_VERSION, questionnaire } from "@/lib/questionnaire/definition";
import { checkFile, effectiveAnswers, type FileProblem } from "@/lib/questionnaire/engine";
import type { Answers } from "@/lib/questionnaire/types";
import type { Agency, SendRequest } from "@/lib/submissions/protocol";
import { hashSecret } from "./crypto";
import type { Db, Queryable } from "./db";
import { readChangesSince, readLog } from "./drafts";

function newReference(): string {
  const part = () => Array.from({ length: 4 }, () => RESUME_ALPHABET[randomInt(RESUME_ALPHABET.length)]).join("");
  return `RLS-${part()}-${part()}`;
}

export type SendResult =
  /** `helpEnded`: a help session of the draft was still on, and the send ended it (its streams must hear it). */
  | { status: "sent"; reference: string; version: number; sentAt: string; agency: Agency; helpEnded: boolean }
  | { status: "unknown" }
  | { status: "stale"; revision: number }
  | { status: "unknown-agency" }
  | { status: "incomplete"; problems: FileProblem[] };

/**
 * Sends the draft as the server holds it, at the revision the person checked, and ends its help sessions. One
 * transaction: the draft row is locked, so no answer can change between the check and the snapshot.
 */
export async function sendSubmission(db: Db, draftId: string, token: string, request: Omit<SendRequest, "consent">): Promise<SendResult> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ revision: string | number; reference: string | null }>(
      `SELECT revision, reference FROM drafts
       WHERE id = $1 AND EXISTS (SELECT 1 FROM draft_tokens WHERE token_hash = $2 AND draft_id = $1) FOR UPDATE`,
      [draftId, hashSecret(token)],
    );
    const draft = rows[0];
    if (!draft) return { status: "unknown" };
    if (Number(draft.revision) !== request.revision) return { status: "stale", revision: Number(draft.revision) };
    const agency = await findAgency(tx, request.agencyId);
    if (!agency) return { status: "unknown-agency" };
    const held = await readChangesSince(tx, draftId, 0);
    // Old answers the server still held were just translated (a new revision): the person checks them first.
    if (held && held.revision !== request.revision) return { status: "stale", revision: held.revision };
    const answers = answersOf(
      Object.fromEntries(Object.entries(held?.entries ?? {}).map(([id, e]) => [id, { value: e.value as Answers[string] & {}, changedAt: e.changedAt }])),
    );
    // Answers left on a branch closed later (a topic no longer chosen, a licence no longer held) are not part of the
    // file: the person cannot see them to change them, so they are neither checked nor sent.
    const file = effectiveAnswers(questionnaire, answers);
    const problems = checkFile(questionnaire, file);
    if (problems.length > 0) return { status: "incomplete", problems };
    const reference = draft.reference ?? newReference();
    if (!draft.reference) await tx.query("UPDATE drafts SET reference = $2 WHERE id = $1", [draftId, reference]);
    const helped = helpedAnswers(await readLog(tx, draftId), Object.keys(file));
    const inserted = await tx.query<{ version: number; sent_at: Date }>(
      `INSERT INTO submissions (id, draft_id, reference, version, agency_id, questionnaire_version, lang, draft_revision, answers, helped)
       SELECT $1, $2, $3, coalesce(max(version), 0) + 1, $4, $5, $6, $7, $8, $9 FROM submissions WHERE reference = $3
       RETURNING version, sent_at`,
      [crypto.randomUUID(), draftId, reference, agency.id, QUESTIONNAIRE_VERSION, request.lang, request.revision, JSON.stringify(file), JSON.stringify(helped)],
    );
    // An aggregate without GROUP BY gives one row, always.
    const sent = inserted.rows[0];
    if (!sent) throw new Error("the submission was not inserted");
    // Sending ends the help: a helper's access to the file stops with it, whatever the person's device does next.
    const ended = await tx.query(
      `UPDATE help_sessions SET status = 'ended', join_code_hash = NULL, join_token_hash = NULL
       WHERE draft_id = $1 AND status IN ('open', 'requested', 'active') RETURNING id`,
      [draftId],
    );
    const helpEnded = ended.rows.length > 0;
    return { status: "sent", reference, version: Number(sent.version), sentAt: new Date(sent.sent_at).toISOString(), agency, helpEnded };
  });
}

/** For each answer sent, the helper who made its latest stored change, if a helper did. */
function helpedAnswers(log: Awaited<ReturnType<typeof readLog>>, sent: string[]) {
  const latest = new Map(log.map((entry) => [entry.questionId, entry]));
  const helped: Record<string, { role: string; name: string; via: string }> = {};
  for (const id of sent) {
    const entry = latest.get(id);
    if (entry?.author.kind === "helper") helped[id] = { role: entry.author.role, name: entry.author.name, via: entry.via };
  }
  return helped;
}

export interface SubmissionRow {
  reference: string;
  version: number;
  sent_at: Date;
  lang: string;
  questionnaire_version: string;
  answers: Record<string, unknown>;
  helped: Record<string, { role: string; name: string; via: string }>;
  agency_id: string;
  agency_name: string;
  agency_town: string;
  agency_postcode: string;
}

export const SUBMISSION_COLUMNS = `s.reference, s.version, s.sent_at, s.lang, s.questionnaire_version, s.answers, s.helped, s.agency_id,
  a.name AS agency_name, a.town AS agency_town, a.postcode AS agency_postcode`;

export function fileOf(row: SubmissionRow) {
  return {
    reference: row.reference,
    version: Number(row.version),
    sentAt: new Date(row.sent_at).toISOString(),
    lang: row.lang,
    questionnaireVersion: row.questionnaire_version,
    agency: { id: row.agency_id, name: row.agency_name, town: row.agency_town, postcode: row.agency_postcode },
    answers: row.answers,
    helped: row.helped,
  };
}

export type SentFile = ReturnType<typeof fileOf>;

/** The person's copy of the latest version, with who opened it; null when nothing was sent. */
export async function readSentFile(db: Queryable, draftId: string, token: string) {
  const { rows } = await db.query<SubmissionRow>(
    `SELECT ${SUBMISSION_COLUMNS} FROM submissions s JOIN agencies a ON a.id = s.agency_id
     WHERE s.draft_id = $1 AND EXISTS (SELECT 1 FROM draft_tokens WHERE token_hash = $2 AND draft_id = $1)
     ORDER BY s.version DESC LIMIT 1`,
    [draftId, hashSecret(token)],
  );
  const row = rows[0];
  if (!row) return null;
  const reads = await db.query<{ staff_name: string | null; staff_role: string | null; agency_name: string; at: Date }>(
    `SELECT l.staff_name, l.staff_role, a.name AS agency_name, l.at FROM access_log l JOIN agencies a ON a.id = l.agency_id
     WHERE l.reference = $1 AND l.staff_id IS NOT NULL ORDER BY l.id`,
    [row.reference],
  );
  return {
    ...fileOf(row),
    reads: reads.rows.map((r) => ({ name: r.staff_name ?? "", role: r.staff_role ?? "", agency: r.agency_name, at: new Date(r.at).toISOString() })),
  };
}

export async function findAgency(db: Queryable, id: string): Promise<Agency | null> {
  const { rows } = await db.query<Agency>("SELECT id, name, town, postcode FROM agencies WHERE id = $1", [id]);
  return rows[0] ?? null;
}

/** Agencies whose town or postcode starts with what the person typed (accents and case ignored by the caller). */
export async function searchAgencies(db: Queryable, query: string): Promise<Agency[]> {
  const q = query.trim().toLowerCase();
  const { rows } = await db.query<Agency>(
    `SELECT id, name, town, postcode FROM agencies
     WHERE $1 = '' OR lower(town) LIKE $1 || '%' OR postcode LIKE $1 || '%' OR lower(name) LIKE '%' || $1 || '%'
     ORDER BY town, name LIMIT 20`,
    [q.replace(/[\\%_]/g, "")],
  );
  return rows;
}

export async function addAgency(db: Queryable, agency: Agency): Promise<void> {
  await db.query("INSERT INTO agencies (id, name, town, postcode) VALUES ($1, $2, $3, $4)", [agency.id, agency.name, agency.town, agency.postcode]);
}

/** One line of an agency's inbox: the latest version of each file, and whether anyone of the agency read it. */
export interface InboxEntry {
  reference: string;
  version: number;
  firstName: string;
  lastName: string;
  sentAt: string;
  lang: string;
  read: boolean;
}

/** A name as the person typed it (a text answer), or nothing. */
const textOf = (answer: unknown): string => (typeof answer === "string" ? answer : "");

/** The agency's sent files, newest first. Never sorted or marked by anything about the person. */
export async function listInbox(db: Queryable, agencyId: string): Promise<InboxEntry[]> {
  const { rows } = await db.query<{ reference: string; version: number; answers: Record<string, unknown>; sent_at: Date; lang: string; read: boolean }>(
    `SELECT DISTINCT ON (s.reference) s.reference, s.version, s.answers, s.sent_at, s.lang,
            EXISTS (SELECT 1 FROM access_log l WHERE l.reference = s.reference AND l.version = s.version AND l.agency_id = $1 AND l.staff_id IS NOT NULL) AS read
     FROM submissions s WHERE s.agency_id = $1 ORDER BY s.reference, s.version DESC`,
    [agencyId],
  );
  return rows
    .map((r) => ({
      reference: r.reference,
      version: Number(r.version),
      firstName: textOf(r.answers["first-name"]),
      lastName: textOf(r.answers["last-name"]),
      sentAt: new Date(r.sent_at).toISOString(),
      lang: r.lang,
      read: Boolean(r.read),
    }))
    .sort((a, b) => b.sentAt.localeCompare(a.sentAt));
}

export type Reader = { kind: "staff"; staffId: string; name: string; role: string } | { kind: "api-key"; keyId: string };

/**
 * Opens the latest version of a file for an agency, and logs who opened it. Another agency's file, or an unknown
 * reference, is null (the route answers 404 for both, so references cannot be probed).
 */
export async function openSubmission(db: Queryable, agencyId: string, reference: string, reader: Reader) {
  const { rows } = await db.query<SubmissionRow>(
    `SELECT ${SUBMISSION_COLUMNS} FROM submissions s JOIN agencies a ON a.id = s.agency_id
     WHERE s.reference = $1 AND s.agency_id = $2 ORDER BY s.version DESC LIMIT 1`,
    [reference, agencyId],
  );
  const row = rows[0];
  if (!row) return null;
  await db.query(
    `INSERT INTO access_log (reference, version, agency_id, staff_id, staff_name, staff_role, api_key_id) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      row.reference,
      row.version,
      agencyId,
      reader.kind === "staff" ? reader.staffId : null,
      reader.kind === "staff" ? reader.name : null,
      reader.kind === "staff" ? reader.role : null,
      reader.kind === "api-key" ? reader.keyId : null,
    ],
  );
  return fileOf(row);
}
