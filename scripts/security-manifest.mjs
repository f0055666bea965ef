// After `next build`, before `serwist build`: the sha256 of every prerendered page's inline scripts and styles, and
// each API route's methods, written to .next/relais-security.json for proxy.ts.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = process.cwd();
const dist = path.join(root, ".next");
const sha256 = (text) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

// A style attribute is hashed as the browser sees it, after entities are decoded.
const decode = (text) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|quot|amp|lt|gt|apos);/gi, (_, entity) => {
    const named = { quot: '"', amp: "&", lt: "<", gt: ">", apos: "'" }[entity.toLowerCase()];
    if (named) return named;
    return String.fromCodePoint(entity[1].toLowerCase() === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
  });

/** Inline code of one page. Next's HTML is its own output, not arbitrary markup: a tag scan is exact enough, and a
 * page whose policy missed something fails the end-to-end test that listens for violations. */
function inlineHashes(html) {
  const scripts = new Set();
  const styles = new Set();
  const styleAttributes = new Set();
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\bsrc\s*=/i.test(attributes)) scripts.add(sha256(body));
  }
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) styles.add(sha256(body));
  for (const [, , value] of html.matchAll(/<[a-z][^>]*?\sstyle=(["'])([\s\S]*?)\1/gi)) styleAttributes.add(sha256(decode(value)));
  return { scripts: [...scripts], styles: [...styles], styleAttributes: [...styleAttributes] };
}

function htmlOf(route) {
  const file = path.join(dist, "server", "app", `${route === "/" ? "index" : route.slice(1)}.html`);
  return existsSync(file) ? readFileSync(file, "utf8") : null;
}

function pageHashes() {
  const prerendered = JSON.parse(readFileSync(path.join(dist, "prerender-manifest.json"), "utf8")).routes;
  const pages = {};
  for (const route of Object.keys(prerendered)) {
    const html = htmlOf(route);
    if (html !== null && !route.startsWith("/_")) pages[route] = inlineHashes(html);
  }
  const notFoundHtml = htmlOf("/_not-found");
  const notFound = notFoundHtml ? inlineHashes(notFoundHtml) : { scripts: [], styles: [], styleAttributes: [] };
  return { pages, notFound };
}

// Each route handler's exported methods, from its source: `export async function GET`, `export const POST = …`,
// `export { GET, POST }`. tests/integration/security.test.ts checks this against the modules themselves.
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
export function exportedMethods(source) {
  const found = new Set();
  for (const [, name] of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+([A-Z]+)\b/g)) found.add(name);
  for (const [, list] of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of list.split(",")) found.add(part.trim().split(/\s+as\s+/).at(-1));
  }
  return METHODS.filter((method) => found.has(method));
}

export function routePattern(directory) {
  const segments = directory.split(path.sep).map((segment) => {
    if (/^\[\[?\.\.\.[^\]]+\]\]?$/.test(segment)) return ".+";
    if (/^\[[^\]]+\]$/.test(segment)) return "[^/]+";
    if (/^\(.*\)$/.test(segment)) return null;
    return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  });
  return `^/${segments.filter((s) => s !== null).join("/")}$`;
}

/** Every route handler under `directory`, static segments first: /api/v1/help/join is not /api/v1/help/[id]. */
export function routeHandlers(directory) {
  const dynamicSegments = (route) => route.pattern.split("[^/]+").length + route.pattern.split(".+").length;
  return findRouteHandlers(directory).sort((a, b) => dynamicSegments(a) - dynamicSegments(b));
}

function findRouteHandlers(directory, relative = "") {
  const found = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) found.push(...findRouteHandlers(full, path.join(relative, entry.name)));
    else if (/^route\.(ts|tsx|js|mjs)$/.test(entry.name)) {
      found.push({ pattern: routePattern(path.join("api", relative)), methods: exportedMethods(readFileSync(full, "utf8")) });
    }
  }
  return found;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { pages, notFound } = pageHashes();
  const api = routeHandlers(path.join(root, "app", "api"));
  const manifest = { pages, notFound, api };
  writeFileSync(path.join(dist, "relais-security.json"), JSON.stringify(manifest));
  const hashes = Object.values(pages).reduce((sum, page) => sum + page.scripts.length, 0);
  console.log(`security manifest: ${Object.keys(pages).length} pages (${hashes} inline script hashes), ${api.length} API routes`);
}
