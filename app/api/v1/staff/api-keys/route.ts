// GET the agency's export API keys; POST creates one (administrators only): the key is in this answer only.
import { apiKeyRequest } from "@/lib/staff/protocol";
import { createApiKey, listApiKeys } from "@/lib/server/apiKeys";
import { problem, readJson } from "@/lib/server/http";
import { withStaff } from "@/lib/server/staffHttp";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return withStaff(request, async ({ db, staff }) => Response.json({ keys: await listApiKeys(db, staff.agencyId) }), { admin: true });
}

export async function POST(request: Request) {
  return withStaff(
    request,
    async ({ db, staff }) => {
      const body = await readJson(request, 1024);
      if (!body.ok) return body.response;
      const parsed = apiKeyRequest.safeParse(body.value);
      if (!parsed.success) return problem(422, "invalid-request", { errors: parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? ""), error: i.message })) });
      const created = await createApiKey(db, staff.agencyId, parsed.data.name);
      return Response.json({ id: created.id, key: created.key }, { status: 201 });
    },
    { admin: true },
  );
}
