// Background sync of the draft: registers it with the server, then replays the outbox in batches and merges
// the server's answers back. One run at a time; failures retry with growing delays, and at once when the
// browser says the network is back.
import { HttpError, type DraftsApi } from "./api";
import type { Draft, DraftStore } from "./store";

export type SyncState = "pending" | "synced" | "offline" | "failed";

const BATCH = 200;
const DELAYS_MS = [2_000, 5_000, 15_000, 30_000, 60_000];

export class DraftSync {
  private running: Promise<void> | null = null;
  private again = false;
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly store: DraftStore,
    private readonly api: DraftsApi,
    private readonly report: (state: SyncState, draft?: Draft) => void,
  ) {}

  /** Starts a run, or asks the current one to go round once more. Resolves when the outbox was tried. */
  flush(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.once();
      } while (this.again);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  stop() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async once() {
    try {
      let draft = await this.store.load();
      if (!draft.server.registered) {
        const { resumeCode } = await this.api.register(draft.id, draft.server.token);
        draft = await this.store.setServer({ ...draft.server, registered: true, resumeCode });
        this.report("pending", draft);
      }
      let changes = await this.store.pendingChanges();
      while (changes.length > 0) {
        const batch = changes.slice(0, BATCH);
        try {
          const entries = await this.api.push(draft.id, draft.server.token, batch);
          await this.store.acknowledge(batch);
          draft = await this.store.applyRemote(entries);
        } catch (error) {
          // A change the server refuses (a newer app version changed a question) would block every later
          // one: drop only the refused answers from the outbox; they stay on the device.
          if (!(error instanceof HttpError && error.status === 422 && error.body.problems)) throw error;
          const refused = new Set(error.body.problems.map((p) => p.question));
          await this.store.acknowledge(batch.filter((c) => refused.has(c.questionId)));
        }
        changes = await this.store.pendingChanges();
      }
      this.failures = 0;
      this.report("synced", draft);
    } catch (error) {
      this.failures += 1;
      this.report(error instanceof TypeError || (typeof navigator !== "undefined" && !navigator.onLine) ? "offline" : "failed");
      this.retryLater();
    }
  }

  private retryLater() {
    this.stop();
    const delay = DELAYS_MS[Math.min(this.failures - 1, DELAYS_MS.length - 1)]!;
    this.timer = setTimeout(() => void this.flush(), delay);
  }
}
