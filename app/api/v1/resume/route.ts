// POST a resume code: opens the same draft on this device. Wrong codes are counted per client and limited.
import { normaliseResumeCode, resumeRequest } from "@/lib/drafts/protocol";
import { clientKey } from "@/lib/server/draftRequests";
import { RESUME_WINDOW_MINUTES, resumeDraft } from "@/lib/server/drafts";
import { problem, readJson, withDb } from "@/lib/server/http";

export async function POST(request: Request) {
  const body = await readJson(request, 1024);
  if (!body.ok) return body.response;
  const parsed = resumeRequest.safeParse(body.value);
  if (!parsed.success) return problem(400, "invalid-request");
  return withDb(async (db) => {
    const result = await db.transaction((tx) => resumeDraft(tx, normaliseResumeCode(parsed.data.code), clientKey(request)));
    if (result.status === "rate-limited") {
      return problem(429, "too-many-attempts", {}, { "Retry-After": String(RESUME_WINDOW_MINUTES * 60) });
    }
    if (result.status === "unknown") return problem(404, "unknown-code");
    const { draftId, token, revision, entries } = result;
    return Response.json({ draftId, token, revision, entries }, { headers: { "Cache-Control": "no-store" } });
  });
}
