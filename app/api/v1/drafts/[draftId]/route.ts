// PUT registers a draft made on a device (with that device's token); GET reads its answers back.
import { registerRequest } from "@/lib/drafts/protocol";
import { getDb } from "@/lib/server/db";
import { guardDraft, parseDraftId } from "@/lib/server/draftRequests";
import { readEntries, registerDraft } from "@/lib/server/drafts";
import { problem, readJson, withDb } from "@/lib/server/http";

type Context = { params: Promise<{ draftId: string }> };

export async function PUT(request: Request, { params }: Context) {
  const draftId = parseDraftId((await params).draftId);
  if (!draftId) return problem(404, "unknown-draft");
  const body = await readJson(request, 1024);
  if (!body.ok) return body.response;
  const parsed = registerRequest.safeParse(body.value);
  if (!parsed.success) return problem(400, "invalid-request");
  return withDb(async (db) => {
    const result = await registerDraft(db, draftId, parsed.data.token);
    if (result.status === "forbidden") return problem(409, "draft-exists");
    return Response.json({ resumeCode: result.resumeCode }, { status: result.status === "created" ? 201 : 200 });
  });
}

export async function GET(request: Request, { params }: Context) {
  const draftId = parseDraftId((await params).draftId);
  return withDb(async (db) => {
    const denied = await guardDraft(db, request, draftId);
    if (denied) return denied;
    return Response.json({ entries: await readEntries(db, draftId!) }, { headers: { "Cache-Control": "no-store" } });
  });
}
