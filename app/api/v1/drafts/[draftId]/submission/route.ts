// POST sends the draft as the server holds it (the device sends only the revision the person checked, the agency
// and consent) and ends its help; GET gives the person their copy of what was sent, with who read it.
import { bearerToken, parseDraftId } from "@/lib/server/draftRequests";
import { problem, readJson, withDb } from "@/lib/server/http";
import { hub } from "@/lib/server/realtime";
import { readSentFile, sendSubmission } from "@/lib/server/submissions";
import { sendRequest } from "@/lib/submissions/protocol";

type Context = { params: Promise<{ draftId: string }> };

export async function POST(request: Request, { params }: Context) {
  const draftId = parseDraftId((await params).draftId);
  if (!draftId) return problem(404, "unknown-draft");
  const token = bearerToken(request);
  if (!token) return problem(401, "missing-token");
  const body = await readJson(request, 1024);
  if (!body.ok) return body.response;
  const parsed = sendRequest.safeParse(body.value);
  if (!parsed.success) return problem(400, "invalid-request", { fields: parsed.error.issues.map((i) => i.path.join(".") || "(body)") });
  return withDb(async (db) => {
    const result = await sendSubmission(db, draftId, token, parsed.data);
    switch (result.status) {
      case "unknown":
        return problem(404, "unknown-draft");
      case "stale":
        return problem(409, "stale-revision", { revision: result.revision });
      case "unknown-agency":
        return problem(422, "unknown-agency");
      case "incomplete":
        return problem(422, "invalid-answers", { problems: result.problems });
      case "sent": {
        const { reference, version, sentAt, agency, helpEnded } = result;
        // The helper's screen learns at once that the help is over.
        if (helpEnded) await hub.publish(draftId);
        return Response.json({ reference, version, sentAt, agency }, { status: 201, headers: { "Cache-Control": "no-store" } });
      }
    }
  });
}

export async function GET(request: Request, { params }: Context) {
  const draftId = parseDraftId((await params).draftId);
  if (!draftId) return problem(404, "unknown-draft");
  const token = bearerToken(request);
  if (!token) return problem(401, "missing-token");
  return withDb(async (db) => {
    const file = await readSentFile(db, draftId, token);
    if (!file) return problem(404, "not-sent");
    return Response.json(file, { headers: { "Cache-Control": "no-store" } });
  });
}
