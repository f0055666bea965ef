// POST a batch of committed answer changes from a device: checked whole, stored all or nothing in one statement,
// answered with the draft's revision and what changed since the device's revision.
import { changesRequest } from "@/lib/drafts/protocol";
import { bearerToken, checkChanges, parseDraftId } from "@/lib/server/draftRequests";
import { saveChanges } from "@/lib/server/drafts";
import { originalMethod } from "@/lib/server/clientAddress";
import { problem, readJson, withDb } from "@/lib/server/http";

const MAX_BYTES = 128 * 1024;

export async function POST(request: Request, { params }: { params: Promise<{ draftId: string }> }) {
  const draftId = parseDraftId((await params).draftId);
  if (!draftId) return problem(404, "unknown-draft");
  const token = bearerToken(request);
  if (!token) return problem(401, "missing-token");
  const body = await readJson(request, MAX_BYTES);
  if (!body.ok) return body.response;
  const parsed = changesRequest.safeParse(body.value);
  if (!parsed.success) return problem(400, "invalid-request", { fields: parsed.error.issues.map((i) => i.path.join(".") || "(body)") });
  const problems = checkChanges(parsed.data.changes);
  if (problems.length > 0) return problem(422, "invalid-answers", { problems });
  const { baseRevision, device } = parsed.data;
  return withDb(async (db) => {
    const result = await saveChanges(db, draftId, token, baseRevision, parsed.data.changes, { via: "own-device", device: device ?? "unknown" });
    if (result.status === "unknown") return problem(404, "unknown-draft");
    return Response.json({ revision: result.revision, entries: result.entries }, { headers: { "Cache-Control": "no-store" } });
  });
}

/**
 * This route skips the proxy (see proxy.ts): Next answers the methods it does not export with 405, and TRACE, which
 * the socket recorder hands on as a marked OPTIONS, is refused here rather than answered as OPTIONS.
 */
export function OPTIONS(request: Request) {
  const allow = { Allow: "POST, OPTIONS" };
  if (originalMethod(request.headers, "OPTIONS") !== "OPTIONS") return problem(405, "method-not-allowed", {}, allow);
  return new Response(null, { status: 204, headers: { ...allow, "Cache-Control": "no-store" } });
}
