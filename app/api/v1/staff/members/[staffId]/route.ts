// DELETE revokes a counsellor of the administrator's agency: their sessions end at once. Anyone else is 404.
import { staffIdSchema } from "@/lib/staff/protocol";
import { problem } from "@/lib/server/http";
import { revokeStaff } from "@/lib/server/staff";
import { withStaff } from "@/lib/server/staffHttp";

export const dynamic = "force-dynamic";

export async function DELETE(request: Request, { params }: { params: Promise<{ staffId: string }> }) {
  const id = staffIdSchema.safeParse((await params).staffId);
  return withStaff(
    request,
    async ({ db, staff }) => {
      if (!id.success) return problem(404, "unknown-member");
      const revoked = await revokeStaff(db, id.data, { agencyId: staff.agencyId, role: "counsellor" });
      return revoked ? new Response(null, { status: 204 }) : problem(404, "unknown-member");
    },
    { admin: true },
  );
}
