// GET the agency's members; POST invites a counsellor (administrators only): the one-time link is in this answer only.
import { invitationUrl, inviteRequest } from "@/lib/staff/protocol";
import { inviteStaff, listStaff } from "@/lib/server/staff";
import { readStaffForm, withStaff } from "@/lib/server/staffHttp";
import { relyingParty } from "@/lib/server/staffPasskeys";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return withStaff(request, async ({ db, staff }) => Response.json({ members: await listStaff(db, staff.agencyId) }), { admin: true });
}

export async function POST(request: Request) {
  return withStaff(
    request,
    async ({ db, staff }) => {
      const form = await readStaffForm(request, inviteRequest);
      if (!form.ok) return form.response;
      const invitation = await inviteStaff(db, { agencyId: staff.agencyId, role: "counsellor", name: form.value.name });
      return Response.json(
        { id: invitation.staffId, invitationUrl: invitationUrl(relyingParty(request.headers).origin, invitation.token, form.value.lang), expiresAt: invitation.expiresAt.toISOString() },
        { status: 201 },
      );
    },
    { admin: true },
  );
}
