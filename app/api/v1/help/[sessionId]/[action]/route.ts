// POST an action of a live help session (decision, mode, ask-to-type, presence, keep-alive, answers, end).
import { bearerToken, parseDraftId } from "@/lib/server/draftRequests";
import { helpActions } from "@/lib/server/helpActions";
import { accessSession } from "@/lib/server/handoff";
import { problem, readJson, withDb } from "@/lib/server/http";
import { hub } from "@/lib/server/realtime";

export async function POST(request: Request, { params }: { params: Promise<{ sessionId: string; action: string }> }) {
  const { sessionId: rawId, action: name } = await params;
  // Own keys only: names like `constructor` or `toString` are not actions.
  const action = Object.hasOwn(helpActions, name) ? helpActions[name] : undefined;
  const sessionId = parseDraftId(rawId);
  if (!action || !sessionId) return problem(404, "unknown-action");
  const token = bearerToken(request);
  if (!token) return problem(401, "missing-token");
  const body = await readJson(request, 128 * 1024);
  if (!body.ok) return body.response;
  return withDb(async (db) => {
    const access = await accessSession(db, sessionId, token);
    if (!access) return problem(404, "unknown-session");
    const refused = await action(db, access, body.value);
    if (refused) return refused;
    await hub.publish(access.session.draft_id);
    return new Response(null, { status: 204 });
  });
}
