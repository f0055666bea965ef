// Sends addresses without a language to the person's preferred one (Accept-Language), French otherwise.
import { NextResponse, type NextRequest } from "next/server";
import { isLocale, negotiateLocale } from "@/lib/i18n/settings";

export function proxy(request: NextRequest) {
  const first = request.nextUrl.pathname.split("/")[1] ?? "";
  if (isLocale(first)) return;
  const url = request.nextUrl.clone();
  url.pathname = `/${negotiateLocale(request.headers.get("accept-language"))}${request.nextUrl.pathname === "/" ? "" : request.nextUrl.pathname}`;
  return NextResponse.redirect(url);
}

export const config = {
  // Not for API routes, Next's own files, or static files such as icons, the manifest and the service worker.
  matcher: ["/((?!api/|_next/|.*\\.[a-z0-9]+$).*)"],
};
