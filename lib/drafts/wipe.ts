// Leaves nothing of a person on a shared device: the IndexedDB database, the app's runtime caches (the
// precached app shell holds no personal data and stays, so the kiosk keeps working offline), this site's
// storage and cookies. The kiosk setting itself is kept. A store the browser refuses holds nothing to wipe.
// Each wipe starts a new generation of the device: a page or history entry of an earlier generation belongs to the
// person before, and is never shown again (components/kiosk/ClearedPageGuard.tsx).
import { cacheStorage, clearStored, indexedDbFactory, readStored, writeStored } from "@/lib/deviceStorage";
import { DATABASE_NAME } from "./indexeddb";

export const KIOSK_KEY = "relais-kiosk";
/** A random word that changes with each wipe: nothing of any person, only "the device was cleared since". */
export const GENERATION_KEY = "relais-generation";

/** The device's generation now: the same until the next wipe ("first" on a device never cleared). */
export function deviceGeneration(): string {
  return readStored(GENERATION_KEY) ?? "first";
}

function deleteDatabase(factory: IDBFactory, name: string): Promise<void> {
  return new Promise<void>((resolve) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = request.onerror = () => resolve();
    // Another tab still holds it open: it will be deleted when that tab closes; go on.
    request.onblocked = () => resolve();
  });
}

async function wipeDatabases(): Promise<void> {
  const factory = indexedDbFactory();
  if (!factory) return;
  // Ours, and the service worker's cache bookkeeping (it lists the pages visited).
  const listed = await Promise.resolve()
    .then(() => factory.databases?.() ?? [])
    .catch(() => []);
  const names = new Set([DATABASE_NAME, ...listed.map((d) => d.name ?? "")]);
  for (const name of names) if (name) await deleteDatabase(factory, name).catch(() => undefined);
}

async function wipeRuntimeCaches(): Promise<void> {
  const caches = cacheStorage();
  if (!caches) return;
  try {
    for (const name of await caches.keys()) if (!name.includes("precache")) await caches.delete(name);
  } catch {
    // Refused (site data blocked): nothing was cached either.
  }
}

function wipeCookies(): void {
  try {
    for (const cookie of document.cookie.split(";")) {
      const name = cookie.split("=")[0]?.trim();
      if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
    }
  } catch {
    // Cookies refused: none were set.
  }
}

export async function wipeDevice(): Promise<void> {
  await wipeDatabases();
  await wipeRuntimeCaches();
  const kiosk = readStored(KIOSK_KEY);
  clearStored("local");
  clearStored("session");
  if (kiosk) writeStored(KIOSK_KEY, kiosk);
  writeStored(GENERATION_KEY, crypto.randomUUID());
  wipeCookies();
}
