// GET the answer log of a draft: who entered what, when, and from which device. For the person only.
import { guardDraft, parseDraftId } from "@/lib/server/draftRequests";
import { readLog } from "@/lib/server/drafts";
import { withDb } from "@/lib/server/http";

export async function GET(request: Request, { params }: { params: Promise<{ draftId: string }> }) {
  const draftId = parseDraftId((await params).draftId);
  return withDb(async (db) => {
    const access = await guardDraft(db, request, draftId);
    if (!access.allowed) return access.response;
    return Response.json({ log: await readLog(db, access.draftId) }, { headers: { "Cache-Control": "no-store" } });
  });
}
