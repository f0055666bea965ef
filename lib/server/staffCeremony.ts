// The HTTP answer to a finished passkey ceremony: the session cookie and who signed in, or why not.
import "server-only";
import type { Db } from "./db";
import { problem } from "./http";
import { readSession } from "./staff";
import { noStore, sessionCookie } from "./staffHttp";
import type { CeremonyResult, RelyingParty } from "./staffPasskeys";

export async function ceremonyAnswer(db: Db, rp: RelyingParty, result: CeremonyResult): Promise<Response> {
  if (result.status === "invalid-invitation") return problem(404, "invalid-invitation");
  if (result.status === "rejected") return problem(401, "passkey-rejected");
  const staff = await readSession(db, result.sessionToken);
  if (!staff) return problem(401, "passkey-rejected");
  return Response.json({ name: staff.name, role: staff.role }, { headers: { ...noStore, "Set-Cookie": sessionCookie(result.sessionToken, rp.secure) } });
}
