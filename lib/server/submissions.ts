// Stores the files people send. Sending the same draft again replaces the earlier version.
import "server-only";
import type { AnswerValue } from "@/lib/questionnaire/types";
import type { Db } from "./db";

export async function saveSubmission(db: Db, draftId: string, answers: Record<string, AnswerValue>): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO submissions (id, draft_id, answers) VALUES ($1, $2, $3)
     ON CONFLICT (draft_id) DO UPDATE SET answers = EXCLUDED.answers, submitted_at = now()
     RETURNING id`,
    [crypto.randomUUID(), draftId, JSON.stringify(answers)],
  );
  return rows[0]!.id;
}
