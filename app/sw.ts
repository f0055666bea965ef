// The service worker: precached pages and assets, a per-language offline page, and updates that wait for
// the person (never skipWaiting on its own: a page must not change under someone's fingers).
import { NetworkOnly, Serwist, type PrecacheEntry, type SerwistGlobalConfig } from "serwist";
import { locales } from "@/lib/i18n/settings";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  // `return=check` only tells the page where to go next: the precached page serves it.
  precacheOptions: { ignoreURLParametersMatching: [/^return$/, /^utm_/] },
  skipWaiting: false,
  clientsClaim: true,
  navigationPreload: false,
  // No runtime caches: every page and asset the app needs is precached, and anything else (drafts, codes,
  // pages visited) is never kept, so a shared device holds no trace of a person's journey. Documents still
  // go through a handler so that, offline, they fall back to the offline page.
  runtimeCaching: [{ matcher: ({ request }) => request.destination === "document" || request.url.includes("/api/"), handler: new NetworkOnly() }],
  fallbacks: {
    entries: locales.map((lang) => ({
      url: `/${lang}/offline`,
      matcher: ({ request }: { request: Request }) => {
        const path = new URL(request.url).pathname;
        return request.destination === "document" && (path === `/${lang}` || path.startsWith(`/${lang}/`));
      },
    })),
  },
});

serwist.addEventListeners();
