// POST a finished file: the envelope, then every answer, are checked again with the same schemas as the browser.
import { questionnaire } from "@/lib/questionnaire/definition";
import { checkFile, effectiveAnswers } from "@/lib/questionnaire/engine";
import type { Answers } from "@/lib/questionnaire/types";
import { problem, readJson, withDb } from "@/lib/server/http";
import { saveSubmission } from "@/lib/server/submissions";
import { submissionRequest } from "@/lib/submissions/protocol";

const MAX_BYTES = 256 * 1024;

export async function POST(request: Request) {
  const body = await readJson(request, MAX_BYTES);
  if (!body.ok) return body.response;
  const parsed = submissionRequest.safeParse(body.value);
  if (!parsed.success) {
    return problem(400, "invalid-request", { fields: parsed.error.issues.map((issue) => issue.path.join(".") || "(body)") });
  }
  const problems = checkFile(questionnaire, parsed.data.answers);
  if (problems.length > 0) return problem(422, "invalid-answers", { problems });
  return withDb(async (db) => {
    const id = await saveSubmission(db, parsed.data.draftId, effectiveAnswers(questionnaire, parsed.data.answers as Answers));
    return Response.json({ id }, { status: 201 });
  });
}
