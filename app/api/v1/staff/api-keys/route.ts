// GET the agency's export API keys; POST creates one (administrators only): the key is in this answer only.
import { apiKeyRequest } from "@/lib/staff/protocol";
import { createApiKey, listApiKeys } from "@/lib/server/apiKeys";
import { readStaffForm, withStaff } from "@/lib/server/staffHttp";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return withStaff(request, async ({ db, staff }) => Response.json({ keys: await listApiKeys(db, staff.agencyId) }), { admin: true });
}

export async function POST(request: Request) {
  return withStaff(
    request,
    async ({ db, staff }) => {
      const form = await readStaffForm(request, apiKeyRequest);
      if (!form.ok) return form.response;
      const created = await createApiKey(db, staff.agencyId, form.value.name);
      return Response.json({ id: created.id, key: created.key }, { status: 201 });
    },
    { admin: true },
  );
}
