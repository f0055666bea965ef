// The draft in IndexedDB (through idb): survives reloads, closed tabs, going offline and app updates.
// Every change is one readwrite transaction that re-reads the stored draft, so two tabs never overwrite
// each other's newer answers. Storage failures become DraftStorageError, never silence.
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { AnswerChange, Entries } from "./model";
import {
  DraftStorageError,
  emptyDraft,
  outboxEntry,
  withAnswer,
  withRemote,
  type Draft,
  type DraftStore,
  type SaveOptions,
  type ServerLink,
} from "./store";
import type { AnswerValue } from "@/lib/questionnaire/types";

const CURRENT = "current";
export const DATABASE_NAME = "relais";

interface RelaisDB extends DBSchema {
  drafts: { key: string; value: Draft };
  /** Changes waiting for the server, keyed by question: a newer change replaces the older one. */
  outbox: { key: string; value: AnswerChange };
}

function classify(error: unknown): DraftStorageError {
  if (error instanceof DraftStorageError) return error;
  const name = error instanceof DOMException || error instanceof Error ? error.name : "";
  if (name === "QuotaExceededError") return new DraftStorageError("quota", error);
  // Safari's "Connection to Indexed Database server lost" and closed connections surface as these.
  if (name === "UnknownError" || name === "InvalidStateError" || name === "AbortError") return new DraftStorageError("lost", error);
  return new DraftStorageError("unavailable", error);
}

export class IndexedDbDraftStore implements DraftStore {
  private db: Promise<IDBPDatabase<RelaisDB>> | null = null;

  constructor(private readonly name = DATABASE_NAME) {}

  private open(): Promise<IDBPDatabase<RelaisDB>> {
    this.db ??= openDB<RelaisDB>(this.name, 2, {
      upgrade(db, oldVersion) {
        // Version 1 held drafts in another shape: a fresh draft replaces it (nothing was ever sent from it).
        if (oldVersion < 1) db.createObjectStore("drafts");
        if (oldVersion < 2) db.createObjectStore("outbox");
      },
      // Another tab upgraded the database: close so its upgrade can finish; the next call reopens.
      blocking: () => {
        void this.db?.then((db) => db.close());
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

  private update(change: (draft: Draft) => Draft, outbox?: (draft: Draft) => AnswerChange | null): Promise<Draft> {
    return this.run(async (db) => {
      const tx = db.transaction(["drafts", "outbox"], "readwrite");
      const drafts = tx.objectStore("drafts");
      const before = (await drafts.get(CURRENT)) ?? emptyDraft();
      const after = change(before);
      if (after !== before) {
        await drafts.put(after, CURRENT);
        const queued = outbox?.(after);
        if (queued) await tx.objectStore("outbox").put(queued, queued.questionId);
      }
      await tx.done;
      return after;
    });
  }

  load(): Promise<Draft> {
    return this.run(async (db) => {
      const tx = db.transaction("drafts", "readwrite");
      const existing = await tx.store.get(CURRENT);
      // Drafts of version 1 had no entries: start again rather than crash on them.
      const draft = existing && "entries" in existing ? existing : emptyDraft();
      if (draft !== existing) await tx.store.put(draft, CURRENT);
      await tx.done;
      return draft;
    });
  }

  saveAnswer(questionId: string, value: AnswerValue | undefined, options: SaveOptions): Promise<Draft> {
    return this.update(
      (draft) => withAnswer(draft, questionId, value, options.changedAt),
      (draft) => (options.outbox ? outboxEntry(draft, questionId, options.author) : null),
    );
  }

  applyRemote(entries: Entries): Promise<Draft> {
    return this.update((draft) => withRemote(draft, entries));
  }

  setServer(server: ServerLink): Promise<Draft> {
    return this.update((draft) => ({ ...draft, server }));
  }

  pendingChanges(): Promise<AnswerChange[]> {
    return this.run((db) => db.getAll("outbox"));
  }

  acknowledge(changes: AnswerChange[]): Promise<void> {
    return this.run(async (db) => {
      const tx = db.transaction("outbox", "readwrite");
      for (const change of changes) {
        const current = await tx.store.get(change.questionId);
        if (current?.changedAt === change.changedAt) await tx.store.delete(change.questionId);
      }
      await tx.done;
    });
  }

  markSubmitted(at: number): Promise<Draft> {
    return this.update((draft) => ({ ...draft, submittedAt: at }));
  }

  replace(draft: Draft): Promise<Draft> {
    return this.run(async (db) => {
      const tx = db.transaction(["drafts", "outbox"], "readwrite");
      await tx.objectStore("outbox").clear();
      await tx.objectStore("drafts").put(draft, CURRENT);
      await tx.done;
      return draft;
    });
  }

  async close(): Promise<void> {
    const db = this.db;
    this.db = null;
    if (db) (await db).close();
  }

  clear(): Promise<void> {
    return this.run(async (db) => {
      const tx = db.transaction(["drafts", "outbox"], "readwrite");
      await tx.objectStore("outbox").clear();
      await tx.objectStore("drafts").delete(CURRENT);
      await tx.done;
    });
  }
}
