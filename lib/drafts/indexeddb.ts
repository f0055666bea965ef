// The draft in IndexedDB (through idb): survives reloads, closed tabs and going offline.
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import { emptyDraft, withAnswer, type Draft, type DraftStore } from "./store";

const CURRENT = "current";

interface RelaisDB extends DBSchema {
  drafts: { key: string; value: Draft };
}

export class IndexedDbDraftStore implements DraftStore {
  private db: Promise<IDBPDatabase<RelaisDB>>;

  constructor(name = "relais") {
    this.db = openDB<RelaisDB>(name, 1, {
      upgrade(db) {
        db.createObjectStore("drafts");
      },
    });
  }

  async load(): Promise<Draft> {
    const db = await this.db;
    const tx = db.transaction("drafts", "readwrite");
    const existing = await tx.store.get(CURRENT);
    const draft = existing ?? emptyDraft();
    if (!existing) await tx.store.put(draft, CURRENT);
    await tx.done;
    return draft;
  }

  private async update(change: (draft: Draft) => Draft): Promise<Draft> {
    const db = await this.db;
    // One readwrite transaction: two tabs saving at once cannot interleave a read and a write.
    const tx = db.transaction("drafts", "readwrite");
    const next = change((await tx.store.get(CURRENT)) ?? emptyDraft());
    await tx.store.put(next, CURRENT);
    await tx.done;
    return next;
  }

  saveAnswer(questionId: string, value: Draft["answers"][string] | undefined): Promise<Draft> {
    return this.update((draft) => withAnswer(draft, questionId, value));
  }

  markSubmitted(at: number): Promise<Draft> {
    return this.update((draft) => ({ ...draft, submittedAt: at }));
  }

  async clear(): Promise<void> {
    const db = await this.db;
    await db.delete("drafts", CURRENT);
  }
}
