// The staff session cookie, and the wrapper every staff route handler runs in (session, role, same origin, no-store).
import "server-only";
import { z } from "zod";
import type { Db } from "./db";
import { problem, readJson, withDb, type BodyResult } from "./http";
import { readSession, SESSION_MAX_HOURS, type StaffMember } from "./staff";
import { relyingParty } from "./staffPasskeys";

// The __Host- prefix pins a Secure cookie to this exact host and path "/": no subdomain can set or shadow it.
const SECURE_COOKIE = "__Host-relais-staff";
const PLAIN_COOKIE = "relais-staff";

export const cookieName = (secure: boolean) => (secure ? SECURE_COOKIE : PLAIN_COOKIE);

export function sessionCookie(token: string, secure: boolean): string {
  return `${cookieName(secure)}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${SESSION_MAX_HOURS * 3600}${secure ? "; Secure" : ""}`;
}

export function clearedCookie(secure: boolean): string {
  return `${cookieName(secure)}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure ? "; Secure" : ""}`;
}

export function sessionToken(request: Request): string | null {
  const secure = relyingParty(request.headers).secure;
  const wanted = cookieName(secure);
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === wanted) return value.join("=") || null;
  }
  return null;
}

/**
 * SameSite=Strict already keeps the cookie off cross-site requests; the Origin check also refuses a same-site
 * page on another port or subdomain that would try to change anything.
 */
export function sameOrigin(request: Request): boolean {
  if (request.method === "GET" || request.method === "HEAD") return true;
  const origin = request.headers.get("origin");
  return origin === null || origin === relyingParty(request.headers).origin;
}

export const noStore = { "Cache-Control": "no-store" };

export async function withStaff(
  request: Request,
  work: (context: { db: Db; staff: StaffMember }) => Promise<Response>,
  options: { admin?: boolean } = {},
): Promise<Response> {
  if (!sameOrigin(request)) return problem(403, "cross-origin");
  const token = sessionToken(request);
  if (!token) return problem(401, "signed-out");
  return withDb(async (db) => {
    const staff = await readSession(db, token);
    if (!staff) return problem(401, "signed-out");
    if (options.admin && staff.role !== "admin") return problem(403, "admin-only");
    const response = await work({ db, staff });
    response.headers.set("Cache-Control", "no-store");
    return response;
  });
}

/** Reads an administrator's form (JSON): a refusal names each field with its error key (422), for the form to show. */
export async function readStaffForm<S extends z.core.$ZodType>(request: Request, schema: S): Promise<{ ok: true; value: z.infer<S> } | Extract<BodyResult, { ok: false }>> {
  const body = await readJson(request, 1024);
  if (!body.ok) return body;
  const parsed = z.safeParse(schema, body.value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, response: problem(422, "invalid-request", { errors: parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? ""), error: i.message })) }) };
}
