// GET the JSON Schema (2020-12) of an exported file, generated from the export's zod schema: public, like any contract.
import { EXPORT_SCHEMA_VERSION, submissionJsonSchema } from "@/lib/submissions/schema";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return Response.json(submissionJsonSchema(new URL(request.url).origin), {
    headers: { "Cache-Control": "no-store", "Content-Type": "application/schema+json", "X-Schema-Version": String(EXPORT_SCHEMA_VERSION) },
  });
}
