// The draft in IndexedDB (through idb): survives reloads, closed tabs, going offline and app updates.
// Every change is one readwrite transaction that re-reads the stored draft, so two tabs never overwrite
// each other's newer answers. Storage failures become DraftStorageError, never silence.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from "idb";
import type { AnswerChange } from "./model";
import type { ChangesResponse } from "./protocol";
import {
  DraftStorageError,
  emptyDraft,
  normalised,
  withAnswer,
  withLink,
  withSent,
  withServer,
  type Draft,
  type DraftStore,
  type SaveOptions,
  type SentRecord,
  type ServerLink,
} from "./store";
import { pendingChanges, withoutPending } from "./model";
import type { AnswerValue } from "@/lib/questionnaire/types";

const CURRENT = "current";
export const DATABASE_NAME = "relais";

interface RelaisDB extends DBSchema {
  /** One draft, whose answers carry their own "waiting for the server" mark (version 3). */
  drafts: { key: string; value: Draft };
}

/** Version 2 kept changes waiting for the server in a store of their own. */
interface LegacyDB extends DBSchema {
  drafts: { key: string; value: Draft };
  outbox: { key: string; value: AnswerChange };
}

type LegacyUpgrade = IDBPTransaction<LegacyDB, Array<"drafts" | "outbox">, "versionchange">;

/** Version 2 to 3: the outbox becomes marks on the answers, so a change queued before the update is still sent. */
async function migrateOutbox(db: IDBPDatabase<LegacyDB>, tx: LegacyUpgrade): Promise<void> {
  const queued = await tx.objectStore("outbox").getAll();
  const draft = await tx.objectStore("drafts").get(CURRENT);
  if (draft && "entries" in draft) {
    let next = normalised(draft);
    for (const change of queued) next = withAnswer(next, change.questionId, change.value ?? undefined, { changedAt: change.changedAt, commit: true, author: change.author });
    await tx.objectStore("drafts").put(next, CURRENT);
  }
  db.deleteObjectStore("outbox");
}

function abortQuietly(tx: LegacyUpgrade): void {
  try {
    tx.abort();
  } catch {
    // Already over: the failed request aborted it.
  }
}

function classify(error: unknown): DraftStorageError {
  if (error instanceof DraftStorageError) return error;
  const name = error instanceof DOMException || error instanceof Error ? error.name : "";
  if (name === "QuotaExceededError") return new DraftStorageError("quota", error);
  // What a browser that forbids site data throws where the getter itself does not.
  if (name === "SecurityError") return new DraftStorageError("blocked", error);
  // Safari's "Connection to Indexed Database server lost" and closed connections surface as these.
  if (name === "UnknownError" || name === "InvalidStateError" || name === "AbortError") return new DraftStorageError("lost", error);
  return new DraftStorageError("unavailable", error);
}

export class IndexedDbDraftStore implements DraftStore {
  private db: Promise<IDBPDatabase<RelaisDB>> | null = null;

  constructor(private readonly name = DATABASE_NAME) {}

  private open(): Promise<IDBPDatabase<RelaisDB>> {
    this.db ??= openDB<RelaisDB>(this.name, 3, {
      upgrade(db, oldVersion, _newVersion, tx) {
        // Version 1 held drafts in another shape: a fresh draft replaces it (nothing was ever sent from it).
        if (oldVersion < 1) db.createObjectStore("drafts");
        if (oldVersion === 2) {
          const legacy = tx as unknown as LegacyUpgrade;
          // A step that fails aborts the upgrade: the database stays whole at version 2 and opening fails (below).
          migrateOutbox(db as unknown as IDBPDatabase<LegacyDB>, legacy).catch(() => abortQuietly(legacy));
        }
      },
      // Another tab upgraded the database: close so its upgrade can finish; the next call reopens.
      blocking: () => {
        // A database that failed to open has nothing to close.
        void this.db?.then((db) => db.close(), () => undefined);
        this.db = null;
      },
      terminated: () => {
        this.db = null;
      },
    }).catch((error: unknown) => {
      this.db = null;
      throw error;
    });
    return this.db;
  }

  /** Runs one transaction; a lost connection is reopened and the work tried once more. */
  private async run<T>(work: (db: IDBPDatabase<RelaisDB>) => Promise<T>): Promise<T> {
    try {
      return await work(await this.open());
    } catch (first) {
      if (classify(first).problem !== "lost") throw classify(first);
      this.db = null;
      try {
        return await work(await this.open());
      } catch (second) {
        throw classify(second);
      }
    }
  }

  /** One readwrite transaction that re-reads the stored draft, so two tabs never overwrite each other's newer answers. */
  private update(change: (draft: Draft) => Draft): Promise<Draft> {
    return this.run(async (db) => {
      const tx = db.transaction("drafts", "readwrite");
      const stored = await tx.store.get(CURRENT);
      // Drafts of version 1 had no entries: start again rather than crash on them.
      const before = stored && "entries" in stored ? normalised(stored) : emptyDraft();
      const after = change(before);
      if (after !== stored) await tx.store.put(after, CURRENT);
      await tx.done;
      return after;
    });
  }

  load(): Promise<Draft> {
    return this.update((draft) => draft);
  }

  saveAnswer(questionId: string, value: AnswerValue | undefined, options: SaveOptions): Promise<Draft> {
    return this.update((draft) => withAnswer(draft, questionId, value, options));
  }

  applyServer(response: ChangesResponse, sent?: AnswerChange[]): Promise<Draft> {
    return this.update((draft) => withServer(draft, response, sent));
  }

  dropPending(refused: AnswerChange[]): Promise<Draft> {
    return this.update((draft) => ({ ...draft, entries: withoutPending(draft.entries, refused) }));
  }

  setServer(server: ServerLink): Promise<Draft> {
    return this.update((draft) => withLink(draft, server));
  }

  async pendingChanges(): Promise<AnswerChange[]> {
    return pendingChanges((await this.load()).entries);
  }

  setSent(sent: SentRecord | undefined): Promise<Draft> {
    return this.update((draft) => withSent(draft, sent));
  }

  replace(draft: Draft): Promise<Draft> {
    return this.update(() => normalised(draft));
  }

  async close(): Promise<void> {
    const db = this.db;
    this.db = null;
    // A database that failed to open has nothing to close.
    if (db) (await db.catch(() => null))?.close();
  }

  clear(): Promise<void> {
    return this.run(async (db) => {
      const tx = db.transaction("drafts", "readwrite");
      await tx.store.delete(CURRENT);
      await tx.done;
    });
  }
}
