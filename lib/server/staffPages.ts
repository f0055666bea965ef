// The guard every signed-in staff page runs first: the session from the cookie, or off to the sign-in page.
import "server-only";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { agencyPath } from "@/lib/staff/protocol";
import { getDb, type Db } from "./db";
import { readSession, type StaffMember } from "./staff";
import { cookieName } from "./staffHttp";
import { relyingParty } from "./staffPasskeys";

export async function requireStaff(lang: string, options: { admin?: boolean } = {}): Promise<{ db: Db; staff: StaffMember }> {
  const secure = relyingParty(await headers()).secure;
  const token = (await cookies()).get(cookieName(secure))?.value;
  const db = await getDb();
  const staff = token ? await readSession(db, token) : null;
  if (!staff) redirect(agencyPath(lang, "sign-in"));
  // A counsellor is not told an administration page exists.
  if (options.admin && staff.role !== "admin") notFound();
  return { db, staff };
}
