// The browser's small stores (localStorage, sessionStorage, IndexedDB, Cache Storage) reached in a way that survives
// a browser that refuses them: with "block all cookies and site data", Chromium throws a SecurityError from the
// `localStorage` and `sessionStorage` getters, fails `indexedDB.open` and rejects `caches.keys()` (Chromium 156,
// checked with that content setting in tests/e2e/graceful.spec.ts). Reads then give nothing, writes are skipped,
// and the app carries on in memory.

type Area = "local" | "session";

function area(which: Area): Storage | null {
  try {
    if (typeof window === "undefined") return null;
    return which === "local" ? window.localStorage : window.sessionStorage;
  } catch {
    return null;
  }
}

/** The stored text, or null when there is none or the browser refuses storage. */
export function readStored(key: string, which: Area = "local"): string | null {
  try {
    return area(which)?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Stores the text (null removes it); false when the browser refused. */
export function writeStored(key: string, value: string | null, which: Area = "local"): boolean {
  const storage = area(which);
  if (!storage) return false;
  try {
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Texts the browser refused to store, kept for as long as the page instead (by area and key). */
const unstored = new Map<string, string | null>();
const keepers = new Set<() => void>();

/**
 * Keeps the text where the browser allows it, in the page's memory where it does not, and tells every reader:
 * with useSyncExternalStore(onKept, () => kept(key), () => null), a component reads it after hydration.
 */
export function keep(key: string, value: string | null, which: Area = "local"): void {
  const id = `${which}:${key}`;
  if (writeStored(key, value, which)) unstored.delete(id);
  else unstored.set(id, value);
  for (const reader of keepers) reader();
}

/** What `keep` last kept under the key on this page, else what the browser has stored. */
export function kept(key: string, which: Area = "local"): string | null {
  const id = `${which}:${key}`;
  return unstored.has(id) ? (unstored.get(id) ?? null) : readStored(key, which);
}

/** Calls back after each `keep`; returns what stops it. */
export function onKept(reader: () => void): () => void {
  keepers.add(reader);
  return () => {
    keepers.delete(reader);
  };
}

/** Empties one store (a kiosk wipe); nothing to do when the browser refuses it. */
export function clearStored(which: Area): void {
  try {
    area(which)?.clear();
  } catch {
    // Refused: nothing of the person could have been written there either.
  }
}

/**
 * Whether this browser forbids this site to keep anything on the device. Chromium and Firefox refuse every store
 * together, and only the Web Storage getters say so at once (IndexedDB fails later, on open).
 */
export function siteDataBlocked(): boolean {
  if (typeof window === "undefined") return false;
  try {
    return window.localStorage === null || window.indexedDB === undefined;
  } catch {
    return true;
  }
}

/** The IndexedDB factory, or null where there is none (server rendering, or a getter that throws). */
export function indexedDbFactory(): IDBFactory | null {
  try {
    return typeof window === "undefined" ? null : (window.indexedDB ?? null);
  } catch {
    return null;
  }
}

/** The Cache Storage, or null where there is none or it cannot be read. */
export function cacheStorage(): CacheStorage | null {
  try {
    return typeof window !== "undefined" && "caches" in window ? window.caches : null;
  } catch {
    return null;
  }
}
