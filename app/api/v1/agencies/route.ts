// GET the agencies whose town, postcode or name matches what the person typed (public data: no token).
import { problem, withDb } from "@/lib/server/http";
import { searchAgencies } from "@/lib/server/submissions";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const q = new URL(request.url).searchParams.get("q") ?? "";
  if (q.length > 60) return problem(400, "invalid-request", { fields: ["q"] });
  return withDb(async (db) => Response.json({ agencies: await searchAgencies(db, q) }, { headers: { "Cache-Control": "no-store" } }));
}
