// POST the invitation token (read from the page's fragment): registration options for that member's passkey.
import { invitationOptionsRequest } from "@/lib/staff/protocol";
import { problem, readJson, withDb } from "@/lib/server/http";
import { noStore, sameOrigin } from "@/lib/server/staffHttp";
import { invitationOptions, relyingParty } from "@/lib/server/staffPasskeys";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  if (!sameOrigin(request)) return problem(403, "cross-origin");
  const body = await readJson(request, 1024);
  if (!body.ok) return body.response;
  const parsed = invitationOptionsRequest.safeParse(body.value);
  if (!parsed.success) return problem(400, "invalid-request");
  return withDb(async (db) => {
    const options = await invitationOptions(db, relyingParty(request.headers), parsed.data.token);
    // Unknown, used, expired or revoked: one answer, so an invitation's state says nothing to whoever holds it.
    if (!options) return problem(404, "invalid-invitation");
    return Response.json(options, { headers: noStore });
  });
}
