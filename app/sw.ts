// The service worker: the app's shell precached, the pages of each language the person uses cached as a whole,
// a per-language offline page, and updates that wait for the person (never skipWaiting on its own: a page must
// not change under someone's fingers).
//
// One language on the first visit: the shell (scripts, styles, icons, every language's offline page) is
// precached at install, with the pages of the languages open in a window at that moment; another language's
// pages are cached when the person first opens a page in it. Pages hold no personal data; caching a language
// whole (never page by page as visited) keeps no trace of which questions a person saw.
import { Serwist, type PrecacheEntry, type RouteHandlerCallbackOptions, type SerwistGlobalConfig } from "serwist";
import { isLocale, locales, type Locale } from "@/lib/i18n/settings";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

const manifest = self.__SW_MANIFEST ?? [];
const urlOf = (entry: PrecacheEntry | string) => (typeof entry === "string" ? entry : entry.url);

function languageOf(pathname: string): Locale | null {
  const first = pathname.split("/")[1] ?? "";
  return isLocale(first) ? first : null;
}

const offlinePage = (lang: Locale) => `/${lang}/offline`;
const isShell = (url: string) => languageOf(url) === null || locales.some((lang) => url === offlinePage(lang));
const pagesOf = (lang: Locale) => manifest.filter((entry) => languageOf(urlOf(entry)) === lang && !isShell(urlOf(entry)));

// A new build is a new cache: its name carries a hash of the build's manifest. Named "precache" so that the
// kiosk's wipe, which empties every runtime cache, keeps it (it holds no personal data).
function hash(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i += 1) h = (h * 33) ^ text.charCodeAt(i);
  return (h >>> 0).toString(36);
}
const BUILD = hash(JSON.stringify(manifest));
const PAGES_PREFIX = "relais-precache-pages-";
const pagesCache = (lang: Locale) => `${PAGES_PREFIX}${lang}-${BUILD}`;
const COMPLETE = "/__complete";

const filling = new Map<Locale, Promise<void>>();

/** Caches every page of a language (once per build); a page already there is not fetched again. */
function cacheLanguage(lang: Locale): Promise<void> {
  let running = filling.get(lang);
  if (!running) {
    running = (async () => {
      const cache = await caches.open(pagesCache(lang));
      if (await cache.match(COMPLETE)) return;
      for (const entry of pagesOf(lang)) {
        const url = urlOf(entry);
        if (await cache.match(url)) continue;
        const response = await fetch(url, { cache: "reload", credentials: "same-origin" });
        if (!response.ok) throw new Error(`page ${response.status}`);
        await cache.put(url, response);
      }
      await cache.put(COMPLETE, new Response("1"));
    })().finally(() => filling.delete(lang));
    filling.set(lang, running);
  }
  return running;
}

async function languagesInWindows(): Promise<Locale[]> {
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  return [...new Set(windows.map((client) => languageOf(new URL(client.url).pathname)).filter((lang): lang is Locale => lang !== null))];
}

/**
 * Documents come from the network; offline, from the language's cached pages (whatever the query: `return=check`
 * and `from=` only tell the page where it came from), else the language's offline page. A page opened online in a
 * language not cached yet starts caching that language.
 */
async function documentHandler({ request, event }: RouteHandlerCallbackOptions): Promise<Response> {
  const lang = languageOf(new URL(request.url).pathname);
  try {
    const response = await fetch(request);
    if (lang && "waitUntil" in event) event.waitUntil(cacheLanguage(lang).catch(() => undefined));
    return response;
  } catch (error) {
    if (!lang) throw error;
    const cached = await caches.match(request, { cacheName: pagesCache(lang), ignoreSearch: true });
    if (cached) return cached;
    const offline = await serwist.matchPrecache(offlinePage(lang));
    if (offline) return offline;
    throw error;
  }
}

const serwist = new Serwist({
  precacheEntries: manifest.filter((entry) => isShell(urlOf(entry))),
  precacheOptions: { ignoreURLParametersMatching: [/^return$/, /^utm_/] },
  skipWaiting: false,
  clientsClaim: true,
  navigationPreload: false,
  // No other runtime caches: drafts, codes and answers are never kept by the service worker.
  runtimeCaching: [
    { matcher: ({ request }) => request.destination === "document", handler: documentHandler },
    { matcher: ({ request }) => request.url.includes("/api/"), handler: ({ request }) => fetch(request) },
  ],
});

// The languages open when this version installs are ready offline as soon as it is: the person does not wait
// for a second visit.
self.addEventListener("install", (event) => {
  event.waitUntil(languagesInWindows().then((langs) => Promise.all(langs.map(cacheLanguage))));
});

// An older build's pages go once this one is in charge.
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys().then((names) => Promise.all(names.filter((name) => name.startsWith(PAGES_PREFIX) && !name.endsWith(`-${BUILD}`)).map((name) => caches.delete(name)))),
  );
});

serwist.addEventListeners();
