// Fan-out of "this draft changed" to every open live stream of this process, through the database's
// LISTEN/NOTIFY on both databases: a change saved by any instance (or by `pg_notify` inside SQL) reaches
// every instance. Payloads are draft ids only; streams read the details from the database.
import "server-only";
import { errorFields, type Db } from "./db";

type Listener = () => void;

/** The channel every draft change is notified on; SQL may notify it itself: `pg_notify('relais_draft_changed', id)`. */
export const DRAFT_CHANGED_CHANNEL = "relais_draft_changed";

export class Hub {
  private listeners = new Map<string, Set<Listener>>();
  private db: Db | null = null;
  private stopListening: (() => Promise<void>) | null = null;

  /** Starts relaying the database's notifications; called once the database is open. */
  async attach(db: Db) {
    if (this.db === db) return;
    if (this.db) await this.detach(this.db);
    this.db = db;
    const stop = await db.listen(
      DRAFT_CHANGED_CHANNEL,
      (draftId) => this.dispatch(draftId),
      () => this.catchUp(),
    );
    // Detached (or attached elsewhere) while LISTEN was being set up.
    if (this.db === db) this.stopListening = stop;
    else await stop().catch(() => {});
  }

  async detach(db: Db) {
    if (this.db !== db) return;
    const stop = this.stopListening;
    this.db = null;
    this.stopListening = null;
    await stop?.().catch(() => {});
  }

  subscribe(draftId: string, listener: Listener): () => void {
    const set = this.listeners.get(draftId) ?? new Set();
    set.add(listener);
    this.listeners.set(draftId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(draftId) === set) this.listeners.delete(draftId);
    };
  }

  /** Tells every instance that the draft changed. Never fails the caller: its change is already stored. */
  async publish(draftId: string) {
    if (this.db) {
      try {
        await this.db.notify(DRAFT_CHANGED_CHANNEL, draftId);
        return;
      } catch (error) {
        const { name, code } = errorFields(error);
        console.error(`realtime publish failed: name=${name} code=${code}`);
      }
    }
    // Not attached yet, or the notification could not be sent: at least this instance's streams hear it.
    this.dispatch(draftId);
  }

  status(): { realtime: "up" | "down" } {
    return { realtime: this.db?.listening() ? "up" : "down" };
  }

  private dispatch(draftId: string) {
    for (const listener of [...(this.listeners.get(draftId) ?? [])]) this.call(listener);
  }

  // Notifications sent while the listening connection was down are lost: every stream re-reads what changed.
  private catchUp() {
    for (const set of [...this.listeners.values()]) for (const listener of [...set]) this.call(listener);
  }

  private call(listener: Listener) {
    try {
      listener();
    } catch (error) {
      const { name, code } = errorFields(error);
      console.error(`realtime listener failed: name=${name} code=${code}`);
    }
  }
}

const holder = globalThis as typeof globalThis & { __relaisHub?: Hub };
export const hub = (holder.__relaisHub ??= new Hub());
