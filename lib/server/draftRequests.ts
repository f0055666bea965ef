// Request checks shared by the draft route handlers: the draft id, the device's token, the answers.
import "server-only";
import { z } from "zod";
import { tokenSchema } from "@/lib/drafts/protocol";
import { questionnaire } from "@/lib/questionnaire/definition";
import { isEarlierAnswer, isEarlierQuestion } from "@/lib/questionnaire/earlier";
import { findQuestion } from "@/lib/questionnaire/engine";
import { schemaFor } from "@/lib/questionnaire/schemas";
import { clientIdentity } from "./clientAddress";
import { isAuthorised } from "./drafts";
import type { Queryable } from "./db";
import { problem } from "./http";

const draftIdSchema = z.uuid();

export function parseDraftId(raw: string): string | null {
  const parsed = draftIdSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export function bearerToken(request: Request): string | null {
  const header = request.headers.get("authorization") ?? "";
  const token = header.startsWith("Bearer ") ? header.slice(7) : "";
  return tokenSchema.safeParse(token).success ? token : null;
}

/** The draft and token a request may use, or the 401/404 to answer instead. */
type DraftAccess = { allowed: true; draftId: string; token: string } | { allowed: false; response: Response };

/** Whether the request may touch the draft. Unknown and foreign drafts look the same (404). */
export async function guardDraft(db: Queryable, request: Request, draftId: string | null): Promise<DraftAccess> {
  if (!draftId) return { allowed: false, response: problem(404, "unknown-draft") };
  const token = bearerToken(request);
  if (!token) return { allowed: false, response: problem(401, "missing-token") };
  if (!(await isAuthorised(db, draftId, token))) return { allowed: false, response: problem(404, "unknown-draft") };
  return { allowed: true, draftId, token };
}

/** Each change must name a known question (or one of an earlier questionnaire) and carry null (cleared) or an
 *  answer its schema accepts. */
export function checkChanges(changes: Array<{ questionId: string; value: unknown }>) {
  const problems: Array<{ question: string; error: string }> = [];
  for (const change of changes) {
    // An answer of an earlier questionnaire (a change queued before an update) is stored in today's questions.
    if (isEarlierQuestion(change.questionId)) {
      if (!isEarlierAnswer(change.questionId, change.value)) problems.push({ question: change.questionId, error: "choice.unknown" });
      continue;
    }
    const question = findQuestion(questionnaire, change.questionId);
    if (!question) problems.push({ question: change.questionId, error: "file.unknownQuestion" });
    else if (change.value !== null) {
      const result = schemaFor(question).safeParse(change.value);
      if (!result.success) problems.push({ question: change.questionId, error: result.error.issues[0]?.message ?? "choice.unknown" });
    }
  }
  return problems;
}

/**
 * Who is asking, for rate limits: the socket's address (or the client a trusted proxy names; IPv6 by /64), never
 * a header the client chose. Hashed with the server's secret before it is stored (rateLimits.ts).
 */
export function clientKey(request: Request): string {
  return clientIdentity(request.headers);
}
