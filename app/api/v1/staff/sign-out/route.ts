// POST (a plain form, so it works without script): ends the session, clears the cookie, back to the sign-in page.
import { agencyPath } from "@/lib/staff/protocol";
import { isLocale } from "@/lib/i18n/settings";
import { problem, withDb } from "@/lib/server/http";
import { endSession } from "@/lib/server/staff";
import { clearedCookie, sameOrigin, sessionToken } from "@/lib/server/staffHttp";
import { relyingParty } from "@/lib/server/staffPasskeys";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  if (!sameOrigin(request)) return problem(403, "cross-origin");
  const rawLang = new URL(request.url).searchParams.get("lang") ?? "fr";
  const lang = isLocale(rawLang) ? rawLang : "fr";
  const token = sessionToken(request);
  return withDb(async (db) => {
    if (token) await endSession(db, token);
    // A relative Location: the browser resolves it against the address it used, whatever Host the server sees.
    return new Response(null, {
      status: 303,
      headers: { Location: `${agencyPath(lang, "sign-in")}?signedOut=1`, "Cache-Control": "no-store", "Set-Cookie": clearedCookie(relyingParty(request.headers).secure) },
    });
  });
}
