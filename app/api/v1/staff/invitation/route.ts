// POST the new passkey with the invitation token: the credential is stored, the invitation used up, a session opened.
import { invitationAcceptRequest } from "@/lib/staff/protocol";
import { problem, readJson, withDb } from "@/lib/server/http";
import { ceremonyAnswer } from "@/lib/server/staffCeremony";
import { sameOrigin } from "@/lib/server/staffHttp";
import { acceptInvitation, relyingParty } from "@/lib/server/staffPasskeys";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  if (!sameOrigin(request)) return problem(403, "cross-origin");
  const body = await readJson(request, 16_384);
  if (!body.ok) return body.response;
  const parsed = invitationAcceptRequest.safeParse(body.value);
  if (!parsed.success) return problem(400, "invalid-request");
  const rp = relyingParty(request.headers);
  return withDb(async (db) => ceremonyAnswer(db, rp, await acceptInvitation(db, rp, parsed.data)));
}
