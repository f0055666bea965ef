// GET the latest version of one of the agency's sent files (API key). Another agency's file is 404, never 403.
import { withApiKey } from "@/lib/server/apiKeys";
import { problem } from "@/lib/server/http";
import { openSubmission } from "@/lib/server/submissions";
import { REFERENCE_PATTERN } from "@/lib/submissions/protocol";
import { toExported } from "@/lib/submissions/schema";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ reference: string }> };

export async function GET(request: Request, { params }: Context) {
  const reference = (await params).reference;
  return withApiKey(request, async (db, key) => {
    // Checked after the key: without a key, nothing about references is answered, not even their format.
    if (!REFERENCE_PATTERN.test(reference)) return problem(404, "unknown-submission");
    const file = await openSubmission(db, key.agencyId, reference, { kind: "api-key", keyId: key.id });
    if (!file) return problem(404, "unknown-submission");
    return Response.json(toExported(file), { headers: { "Cache-Control": "no-store" } });
  });
}
