// Leaves nothing of a person on a shared device: the IndexedDB database, the app's runtime caches (the
// precached app shell holds no personal data and stays, so the kiosk keeps working offline), this site's
// storage and cookies. The kiosk setting itself is kept.
import { DATABASE_NAME } from "./indexeddb";

export const KIOSK_KEY = "relais-kiosk";

function deleteDatabase(name: string): Promise<void> {
  return new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = () => resolve();
    // Another tab still holds it open: it will be deleted when that tab closes; go on.
    request.onblocked = () => resolve();
  });
}

export async function wipeDevice(): Promise<void> {
  // Ours, and the service worker's cache bookkeeping (it lists the pages visited).
  const names = new Set([DATABASE_NAME, ...((await indexedDB.databases?.()) ?? []).map((d) => d.name ?? "")]);
  for (const name of names) if (name) await deleteDatabase(name);
  if ("caches" in window) {
    for (const name of await caches.keys()) if (!name.includes("precache")) await caches.delete(name);
  }
  const kiosk = localStorage.getItem(KIOSK_KEY);
  localStorage.clear();
  sessionStorage.clear();
  if (kiosk) localStorage.setItem(KIOSK_KEY, kiosk);
  for (const cookie of document.cookie.split(";")) {
    const name = cookie.split("=")[0]?.trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
}
