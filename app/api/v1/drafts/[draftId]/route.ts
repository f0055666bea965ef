// PUT registers a draft made on a device (with that device's token); GET reads what changed since a revision.
import { registerRequest, revisionSchema } from "@/lib/drafts/protocol";
import { guardDraft, parseDraftId } from "@/lib/server/draftRequests";
import { readChangesSince, registerDraft } from "@/lib/server/drafts";
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
    const denied = await guardDraft(db, request, draftId);
    if (denied || !draftId) return denied ?? problem(404, "unknown-draft");
    const changes = await readChangesSince(db, draftId, since.data);
    if (!changes) return problem(404, "unknown-draft");
    return Response.json(changes, { headers: { "Cache-Control": "no-store" } });
  });
}
