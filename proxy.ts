// In front of every request: the language redirect, each response's Content-Security-Policy and HSTS, no-store on
// the API, 405 for methods no route takes, and per-client limits on creating drafts and sending files.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { isLocale, negotiateLocale } from "@/lib/i18n/settings";
import { PAGE_LOCALE_HEADER } from "@/lib/pageLocale";
import { clientIdentity, originalMethod, recordPeerAddresses, servedOverHttps } from "@/lib/server/clientAddress";

// Here as well as in instrumentation: whichever loads first starts it (calling it twice does nothing).
recordPeerAddresses();

/** Written by scripts/security-manifest.mjs after `next build` (see docs/adr/2026-12-01-content-security-policy.md). */
interface SecurityManifest {
  pages: Record<string, InlineHashes>;
  notFound: InlineHashes;
  api: Array<{ pattern: string; methods: string[] }>;
}
interface InlineHashes {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
}

const DEV = process.env.NODE_ENV === "development";
const NO_HASHES: InlineHashes = { scripts: [], styles: [], styleAttributes: [] };

interface LoadedManifest {
  pages: Record<string, InlineHashes>;
  notFound: InlineHashes;
  api: Array<{ regexp: RegExp; methods: string[] }>;
}

let manifest: LoadedManifest | null = null;
function securityManifest(): LoadedManifest {
  if (manifest) return manifest;
  try {
    // Read at run time: the file is made after `next build` bundled this proxy.
    const file = process.env.RELAIS_SECURITY_MANIFEST ?? path.join(/* turbopackIgnore: true */ process.cwd(), ".next", "relais-security.json");
    const raw = JSON.parse(readFileSync(file, "utf8")) as SecurityManifest;
    manifest = { pages: raw.pages, notFound: raw.notFound, api: raw.api.map((route) => ({ regexp: new RegExp(route.pattern), methods: route.methods })) };
  } catch {
    // Fail closed: without hashes no inline script runs (pages show, do not hydrate), and the log says why.
    if (!DEV) console.error("security manifest missing: run `npm run build` (next build, then scripts/security-manifest.mjs)");
    manifest = { pages: {}, notFound: NO_HASHES, api: [] };
  }
  return manifest;
}

const quoted = (hashes: string[]) => hashes.map((hash) => `'${hash}'`).join(" ");

/**
 * The policy of one response. Prerendered pages list the sha256 of their own inline scripts and styles (nonces
 * need a rendering per request, and the offline copy of a page is the one the service worker fetched once);
 * pages rendered per request get a nonce that Next puts on its scripts.
 */
export function contentSecurityPolicy(hashes: InlineHashes, options: { nonce?: string; https?: boolean } = {}): string {
  const scripts = [
    "'self'",
    quoted(hashes.scripts),
    options.nonce ? `'nonce-${options.nonce}'` : "",
    // React's refresh and error overlay evaluate code and inject scripts: development only.
    DEV ? "'unsafe-eval' 'unsafe-inline'" : "",
  ];
  const styles = [
    "'self'",
    quoted(hashes.styles),
    hashes.styleAttributes.length > 0 ? `'unsafe-hashes' ${quoted(hashes.styleAttributes)}` : "",
    options.nonce ? `'nonce-${options.nonce}'` : "",
    DEV ? "'unsafe-inline'" : "",
  ];
  return [
    "default-src 'self'",
    `script-src ${scripts.filter(Boolean).join(" ")}`,
    `style-src ${styles.filter(Boolean).join(" ")}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "media-src 'none'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    options.https ? "upgrade-insecure-requests" : "",
  ]
    .filter(Boolean)
    .join("; ");
}

const KNOWN_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
const PAGE_METHODS = "GET, HEAD";

const isFormPost = (request: NextRequest) => (request.headers.get("content-type") ?? "").startsWith("application/x-www-form-urlencoded");

function methodNotAllowed(allow: string): NextResponse {
  return NextResponse.json({ error: "method-not-allowed" }, { status: 405, headers: { Allow: allow } });
}

/**
 * Next answers a method a route handler does not export with 405 but no Allow header, a page any method, and TRACE
 * with 500 (see clientAddress.ts). The routes' methods are read from their sources at build time.
 */
function refuseMethod(request: NextRequest, pathname: string): NextResponse | null {
  const method = originalMethod(request.headers, request.method.toUpperCase());
  if (pathname.startsWith("/api/")) {
    const route = securityManifest().api.find((r) => r.regexp.test(pathname));
    if (!route) return KNOWN_METHODS.has(method) ? null : methodNotAllowed("OPTIONS");
    const allowed = new Set([...route.methods, "OPTIONS", ...(route.methods.includes("GET") ? ["HEAD"] : [])]);
    return allowed.has(method) ? null : methodNotAllowed([...allowed].join(", "));
  }
  // Pages and public files are only read (the app has no Server Functions). A page's form sent before its script
  // ran, or without scripts, posts here (POST, so its code or answer is never in an address, issue 13): it comes back
  // to the same page, which says in plain words what to do, rather than to a bare 405. Its body is never read.
  if (method === "POST" && isFormPost(request)) {
    const url = request.nextUrl.clone();
    url.search = "";
    return NextResponse.redirect(url, 303);
  }
  return method === "GET" || method === "HEAD" ? null : methodNotAllowed(PAGE_METHODS);
}

const limitFromEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

/**
 * Per client: how many drafts it may register and files it may send per window. An agency's public Wi-Fi puts
 * many people behind one address, hence figures well above one person's needs (README, "Rate limits").
 */
export const ACTION_LIMITS = {
  register: { max: limitFromEnv("RELAIS_DRAFTS_PER_CLIENT", 30), windowMinutes: 10, pattern: /^\/api\/v1\/drafts\/[^/]+$/, method: "PUT" },
  send: { max: limitFromEnv("RELAIS_SENDS_PER_CLIENT", 20), windowMinutes: 10, pattern: /^\/api\/v1\/drafts\/[^/]+\/submission$/, method: "POST" },
} as const;

async function limitAction(request: NextRequest, pathname: string): Promise<NextResponse | null> {
  const method = request.method.toUpperCase();
  const action = (Object.keys(ACTION_LIMITS) as Array<keyof typeof ACTION_LIMITS>).find(
    (name) => ACTION_LIMITS[name].method === method && ACTION_LIMITS[name].pattern.test(pathname),
  );
  if (!action) return null;
  const { max, windowMinutes } = ACTION_LIMITS[action];
  // Loaded on first use: the database stays out of the proxy's start, and a page request never opens it.
  const [{ getDb, isConnectionError }, { allowAction }] = await Promise.all([import("@/lib/server/db"), import("@/lib/server/rateLimits")]);
  try {
    const allowed = await allowAction(await getDb(), action, clientIdentity(request.headers), max, windowMinutes);
    if (allowed) return null;
  } catch (error) {
    // The route handler meets the same database next and answers 503 or 500 as it does for everything else.
    if (isConnectionError(error)) return null;
    throw error;
  }
  return NextResponse.json({ error: "too-many-requests" }, { status: 429, headers: { "Retry-After": String(windowMinutes * 60) } });
}

function isFile(pathname: string) {
  return /\.[a-z0-9]+$/i.test(pathname) || pathname.startsWith("/_next/");
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const https = servedOverHttps(request.headers, request.nextUrl);
  const security = securityManifest();
  const isApi = pathname.startsWith("/api/");
  const page = !isApi && !isFile(pathname) ? (security.pages[pathname] ?? null) : null;
  // A page that is not prerendered is rendered now, or is the not-found page (which also answers an address that
  // only looks like a file, /fr/photo.png): a fresh nonce, and the hashes of a prerendered not-found page if the
  // build made one. Public files get the same policy, where the nonce allows nothing.
  const rendered = !isApi && !pathname.startsWith("/_next/") && !page;
  const nonce = rendered ? randomBytes(16).toString("base64") : undefined;
  const policy = contentSecurityPolicy(page ?? (rendered ? security.notFound : NO_HASHES), { nonce, https });

  const finish = (response: NextResponse) => {
    response.headers.set("Content-Security-Policy", policy);
    if (https) response.headers.set("Strict-Transport-Security", "max-age=31536000");
    // The API carries answers, codes and tokens: no cache anywhere, and no proxy rewriting or buffering the event
    // stream. Next lets this value win over the route's own, so it is the one place that says it.
    if (isApi) response.headers.set("Cache-Control", "no-store, no-transform");
    return response;
  };

  const refused = refuseMethod(request, pathname);
  if (refused) return finish(refused);

  if (!isApi && !isFile(pathname)) {
    const first = pathname.split("/")[1] ?? "";
    if (!isLocale(first)) {
      const url = request.nextUrl.clone();
      url.pathname = `/${negotiateLocale(request.headers.get("accept-language"))}${pathname === "/" ? "" : pathname}`;
      return finish(NextResponse.redirect(url));
    }
  }

  if (isApi) {
    const limited = await limitAction(request, pathname);
    if (limited) return finish(limited);
  }

  if (nonce) {
    // Next reads the nonce from the request's policy and puts it on the scripts it renders.
    const headers = new Headers(request.headers);
    headers.set("Content-Security-Policy", policy);
    // The not-found page gets no params: it reads the address's language here.
    headers.set(PAGE_LOCALE_HEADER, pathname.split("/")[1] ?? "");
    return finish(NextResponse.next({ request: { headers } }));
  }
  return finish(NextResponse.next());
}

export const config = {
  // Everything but Next's hashed build files (headers from next.config.ts cover those): pages, the API, and
  // public files such as the service worker, whose policy governs what the worker may fetch.
  // Answer saves skip it too: they are the hot path, and running the proxy costs them about a quarter of their
  // rate (tests/bench/saves.ts, PostgreSQL: 0.37-0.45x a bare handler with it, 0.51-0.54x without). Their headers
  // come from next.config.ts and the route answers other methods itself.
  matcher: ["/((?!_next/static/|_next/image|api/v1/drafts/[^/]+/answers$).*)"],
};
