// POST: options for a usernameless passkey sign-in, with a one-time challenge.
import { problem, withDb } from "@/lib/server/http";
import { noStore, sameOrigin } from "@/lib/server/staffHttp";
import { relyingParty, signInOptions } from "@/lib/server/staffPasskeys";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  if (!sameOrigin(request)) return problem(403, "cross-origin");
  return withDb(async (db) => Response.json(await signInOptions(db, relyingParty(request.headers)), { headers: noStore }));
}
