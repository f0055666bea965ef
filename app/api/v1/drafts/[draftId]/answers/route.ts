// POST a batch of answer changes from a device's outbox; all are checked before any is stored.
import { changesRequest } from "@/lib/drafts/protocol";
import { checkChanges, guardDraft, parseDraftId } from "@/lib/server/draftRequests";
import { applyChanges, readEntries } from "@/lib/server/drafts";
import { problem, readJson, withDb } from "@/lib/server/http";
import { hub } from "@/lib/server/realtime";

const MAX_BYTES = 128 * 1024;

export async function POST(request: Request, { params }: { params: Promise<{ draftId: string }> }) {
  const draftId = parseDraftId((await params).draftId);
  const body = await readJson(request, MAX_BYTES);
  if (!body.ok) return body.response;
  const parsed = changesRequest.safeParse(body.value);
  if (!parsed.success) return problem(400, "invalid-request", { fields: parsed.error.issues.map((i) => i.path.join(".") || "(body)") });
  const problems = checkChanges(parsed.data.changes);
  if (problems.length > 0) return problem(422, "invalid-answers", { problems });
  return withDb(async (db) => {
    const denied = await guardDraft(db, request, draftId);
    if (denied) return denied;
    if ((await applyChanges(db, draftId!, parsed.data.changes, { via: "own-device", device: parsed.data.device ?? "unknown" })) > 0) {
      await hub.publish(draftId!);
    }
    return Response.json({ entries: await readEntries(db, draftId!) }, { headers: { "Cache-Control": "no-store" } });
  });
}
