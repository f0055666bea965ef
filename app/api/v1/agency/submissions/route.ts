// GET the agency's sent files after a cursor, oldest first, for the agency's own systems (API key).
import { START_CURSOR, decodeCursor, encodeCursor, readExportPage, withApiKey } from "@/lib/server/apiKeys";
import { problem } from "@/lib/server/http";
import { toExported, type ExportedList } from "@/lib/submissions/schema";

export const dynamic = "force-dynamic";

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 200;

export function GET(request: Request) {
  return withApiKey(request, async (db, key) => {
    const params = new URL(request.url).searchParams;
    const since = decodeCursor(params.get("since") ?? START_CURSOR);
    if (!since) return problem(400, "invalid-request", { fields: ["since"] });
    const limitText = params.get("limit") ?? String(DEFAULT_LIMIT);
    const limit = Number(limitText);
    if (!/^\d{1,3}$/.test(limitText) || limit < 1 || limit > MAX_LIMIT) return problem(400, "invalid-request", { fields: ["limit"] });
    const page = await readExportPage(db, key, since, limit);
    const body: ExportedList = { submissions: page.files.map(toExported), next: encodeCursor(page.next), hasMore: page.hasMore };
    return Response.json(body, { headers: { "Cache-Control": "no-store" } });
  });
}
