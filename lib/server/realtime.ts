// Fan-out of "this draft changed" to every open live session. In one process an in-memory hub is enough
// (the embedded database is single-process); with PostgreSQL, NOTIFY carries the draft id to every instance,
// which reads the details from the database (payloads stay small).
import "server-only";
import type { Db } from "./db";

type Listener = () => void;
const CHANNEL = "relais_draft_changed";

class Hub {
  private listeners = new Map<string, Set<Listener>>();
  private db: Db | null = null;

  /** With PostgreSQL, relay through LISTEN/NOTIFY; called once the database is open. */
  async attach(db: Db) {
    if (this.db || !db.listen) return;
    this.db = db;
    await db.listen(CHANNEL, (draftId) => this.dispatch(draftId));
  }

  subscribe(draftId: string, listener: Listener): () => void {
    const set = this.listeners.get(draftId) ?? new Set();
    set.add(listener);
    this.listeners.set(draftId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(draftId);
    };
  }

  async publish(draftId: string) {
    if (this.db?.notify) await this.db.notify(CHANNEL, draftId);
    else this.dispatch(draftId);
  }

  private dispatch(draftId: string) {
    for (const listener of this.listeners.get(draftId) ?? []) listener();
  }
}

const holder = globalThis as typeof globalThis & { __relaisHub?: Hub };
export const hub = (holder.__relaisHub ??= new Hub());
