// POST a join code (or the QR token) with the helper's role and first name: creates a request the person
// must accept. Wrong codes are counted per client and limited.
import { joinRequest, JOIN_CODE_LENGTH } from "@/lib/handoff/protocol";
import { normaliseResumeCode } from "@/lib/drafts/protocol";
import { clientKey } from "@/lib/server/draftRequests";
import { requestToJoin } from "@/lib/server/handoff";
import { problem, readJson, withDb } from "@/lib/server/http";
import { hub } from "@/lib/server/realtime";
import { readSession } from "@/lib/server/handoff";

export async function POST(request: Request) {
  const body = await readJson(request, 2048);
  if (!body.ok) return body.response;
  const parsed = joinRequest.safeParse(body.value);
  if (!parsed.success || (!parsed.data.code && !parsed.data.token)) {
    return problem(400, "invalid-request", { fields: parsed.success ? ["code"] : parsed.error.issues.map((i) => i.path.join(".")) });
  }
  const code = parsed.data.code ? normaliseResumeCode(parsed.data.code) : undefined;
  if (code !== undefined && code.length !== JOIN_CODE_LENGTH && !parsed.data.token) return problem(400, "invalid-request", { fields: ["code"] });
  return withDb(async (db) => {
    const result = await requestToJoin(db, { code, token: parsed.data.token }, parsed.data.helper, clientKey(request));
    if (result.status === "rate-limited") return problem(429, "too-many-attempts", {}, { "Retry-After": "600" });
    if (result.status === "unknown") return problem(404, "unknown-code");
    const session = await readSession(db, result.sessionId);
    if (session) await hub.publish(session.draft_id);
    return Response.json({ sessionId: result.sessionId, helperToken: result.helperToken }, { status: 201 });
  });
}
