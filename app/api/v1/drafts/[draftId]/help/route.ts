// POST: the person opens a help session and gets a join code and a QR token to show the helper.
import { bearerToken, guardDraft, parseDraftId } from "@/lib/server/draftRequests";
import { openSession } from "@/lib/server/handoff";
import { withDb } from "@/lib/server/http";
import { hub } from "@/lib/server/realtime";

export async function POST(request: Request, { params }: { params: Promise<{ draftId: string }> }) {
  const draftId = parseDraftId((await params).draftId);
  return withDb(async (db) => {
    const denied = await guardDraft(db, request, draftId);
    if (denied) return denied;
    const opened = await openSession(db, draftId!, bearerToken(request)!);
    await hub.publish(draftId!);
    return Response.json(opened, { status: 201, headers: { "Cache-Control": "no-store" } });
  });
}
