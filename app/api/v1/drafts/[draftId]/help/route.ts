// POST: the person opens a help session and gets a join code and a QR token to show the helper.
import { guardDraft, parseDraftId } from "@/lib/server/draftRequests";
import { openSession } from "@/lib/server/handoff";
import { withDb } from "@/lib/server/http";
import { hub } from "@/lib/server/realtime";

export async function POST(request: Request, { params }: { params: Promise<{ draftId: string }> }) {
  const draftId = parseDraftId((await params).draftId);
  return withDb(async (db) => {
    const access = await guardDraft(db, request, draftId);
    if (!access.allowed) return access.response;
    const opened = await openSession(db, access.draftId, access.token);
    await hub.publish(access.draftId);
    return Response.json(opened, { status: 201, headers: { "Cache-Control": "no-store" } });
  });
}
