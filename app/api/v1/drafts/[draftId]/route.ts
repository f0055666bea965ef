// PUT registers a draft made on a device (with that device's token); GET reads what changed since a revision;
// DELETE erases it, with everything hanging from it, at the person's request.
import { registerRequest, revisionSchema } from "@/lib/drafts/protocol";
import { bearerToken, guardDraft, parseDraftId } from "@/lib/server/draftRequests";
import { deleteDraft } from "@/lib/server/deletion";
import { readChangesSince, registerDraft } from "@/lib/server/drafts";
import { hub } from "@/lib/server/realtime";
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
    if (result.status === "deleted") return problem(410, "draft-deleted");
    return Response.json(
      { resumeCode: result.resumeCode, codeVersion: result.codeVersion },
      { status: result.status === "created" ? 201 : 200, headers: { "Cache-Control": "no-store" } },
    );
  });
}

export async function GET(request: Request, { params }: Context) {
  const draftId = parseDraftId((await params).draftId);
  const rawSince = new URL(request.url).searchParams.get("since") ?? "0";
  const since = revisionSchema.safeParse(/^\d{1,15}$/.test(rawSince) ? Number(rawSince) : -1);
  if (!since.success) return problem(400, "invalid-request", { fields: ["since"] });
  return withDb(async (db) => {
    const access = await guardDraft(db, request, draftId);
    if (!access.allowed) return access.response;
    const changes = await readChangesSince(db, access.draftId, since.data);
    if (!changes) return problem(404, "unknown-draft");
    return Response.json(changes, { headers: { "Cache-Control": "no-store" } });
  });
}

export async function DELETE(request: Request, { params }: Context) {
  const draftId = parseDraftId((await params).draftId);
  if (!draftId) return problem(404, "unknown-draft");
  const token = bearerToken(request);
  if (!token) return problem(401, "missing-token");
  return withDb(async (db) => {
    const result = await deleteDraft(db, draftId, token);
    if (result.status === "unknown") return problem(404, "unknown-draft");
    // Live help streams of the draft find their session gone and close, on every instance.
    await hub.publish(draftId);
    return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
  });
}
