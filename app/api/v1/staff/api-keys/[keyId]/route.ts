// DELETE revokes one of the agency's API keys (administrators only); another agency's key is 404.
import { z } from "zod";
import { revokeApiKey } from "@/lib/server/apiKeys";
import { problem } from "@/lib/server/http";
import { withStaff } from "@/lib/server/staffHttp";

export const dynamic = "force-dynamic";

export async function DELETE(request: Request, { params }: { params: Promise<{ keyId: string }> }) {
  const id = z.uuid().safeParse((await params).keyId);
  return withStaff(
    request,
    async ({ db, staff }) => {
      if (!id.success) return problem(404, "unknown-key");
      const revoked = await revokeApiKey(db, staff.agencyId, id.data);
      return revoked ? new Response(null, { status: 204 }) : problem(404, "unknown-key");
    },
    { admin: true },
  );
}
