// What the person's device and the server hold, read the way the app reads them (IndexedDB; the API with the
// device's own token), so a test can say every answer is in both places exactly once.
import { expect, type APIRequestContext, type Page } from "@playwright/test";

interface StoredDraft {
  id: string;
  server: { token: string; registered: boolean; revision: number; resumeCode?: string };
  entries: Record<string, { value: unknown; pending?: boolean; local?: boolean }>;
}

/** Every row of every IndexedDB database this site has in the browser, by database and store. */
export async function storedRows(page: Page): Promise<Array<{ database: string; store: string; rows: unknown[] }>> {
  return page.evaluate(async () => {
    const found: Array<{ database: string; store: string; rows: unknown[] }> = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error ?? new Error("indexedDB.open failed"));
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const all = db.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => resolve(all.result);
          all.onerror = () => reject(all.error ?? new Error(`reading ${name}/${store} failed`));
        });
        found.push({ database: name, store, rows });
      }
      db.close();
    }
    return found;
  });
}

export async function deviceDraft(page: Page): Promise<StoredDraft> {
  return page.evaluate(
    () =>
      new Promise<StoredDraft>((resolve, reject) => {
        const open = indexedDB.open("relais");
        open.onerror = () => reject(open.error ?? new Error("indexedDB.open failed"));
        open.onsuccess = () => {
          const read = open.result.transaction("drafts").objectStore("drafts").get("current");
          read.onsuccess = () => {
            open.result.close();
            resolve(read.result as StoredDraft);
          };
          read.onerror = () => reject(read.error ?? new Error("reading the draft failed"));
        };
      }),
  );
}

const valuesOf = (entries: Record<string, { value: unknown }>) =>
  Object.fromEntries(Object.entries(entries).filter(([, e]) => e.value !== null).map(([id, e]) => [id, e.value]));

/**
 * The server holds exactly `expected` (each answer logged once), and the device holds the same with nothing
 * left to send. Polls, since the device syncs in the background.
 */
export async function expectEverywhereOnce(page: Page, request: APIRequestContext, expected: Record<string, unknown>, draft?: StoredDraft) {
  const onDevice = draft ?? (await deviceDraft(page));
  const headers = { Authorization: `Bearer ${onDevice.server.token}` };
  await expect
    .poll(async () => {
      const response = await request.get(`/api/v1/drafts/${onDevice.id}?since=0`, { headers });
      return response.ok() ? valuesOf(((await response.json()) as { entries: Record<string, { value: unknown }> }).entries) : `HTTP ${response.status()}`;
    }, { timeout: 30_000 })
    .toEqual(expected);
  const log = ((await (await request.get(`/api/v1/drafts/${onDevice.id}/log`, { headers })).json()) as { log: Array<{ questionId: string; value: unknown }> }).log;
  const answered = log.filter((row) => row.value !== null).map((row) => row.questionId);
  expect(answered.sort(), "each answer logged once").toEqual(Object.keys(expected).sort());
  await expect
    .poll(async () => {
      const now = await deviceDraft(page);
      return { answers: valuesOf(now.entries), unsent: Object.keys(now.entries).filter((id) => now.entries[id]!.pending || now.entries[id]!.local) };
    }, { timeout: 30_000 })
    .toEqual({ answers: expected, unsent: [] });
}
