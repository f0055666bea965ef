// GET the agency's members; POST invites a counsellor (administrators only): the one-time link is in this answer only.
import { invitationUrl, inviteRequest } from "@/lib/staff/protocol";
import { problem, readJson } from "@/lib/server/http";
import { inviteStaff, listStaff } from "@/lib/server/staff";
import { withStaff } from "@/lib/server/staffHttp";
import { relyingParty } from "@/lib/server/staffPasskeys";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return withStaff(request, async ({ db, staff }) => Response.json({ members: await listStaff(db, staff.agencyId) }), { admin: true });
}

export async function POST(request: Request) {
  return withStaff(
    request,
    async ({ db, staff }) => {
      const body = await readJson(request, 1024);
      if (!body.ok) return body.response;
      const parsed = inviteRequest.safeParse(body.value);
      if (!parsed.success) return problem(422, "invalid-request", { errors: parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? ""), error: i.message })) });
      const invitation = await inviteStaff(db, { agencyId: staff.agencyId, role: "counsellor", name: parsed.data.name });
      return Response.json(
        { id: invitation.staffId, invitationUrl: invitationUrl(relyingParty(request.headers).origin, invitation.token, parsed.data.lang), expiresAt: invitation.expiresAt.toISOString() },
        { status: 201 },
      );
    },
    { admin: true },
  );
}
