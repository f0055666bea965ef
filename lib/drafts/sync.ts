// Background sync of the draft: registers it once the person has answered something, sends committed changes in
// batches with the revision the device has seen, and adopts what the server answers. One run at a time;
// network and storage outages retry with growing delays (and at once when the network is back); refusals and
// server bugs do not loop.
import { HttpError, type DraftsApi } from "./api";
import type { Draft, DraftStore } from "./store";

export type SyncState = "pending" | "synced" | "offline" | "failed";
type Report = (state: SyncState, draft?: Draft) => void;

const BATCH = 200;
const DELAYS_MS = [2_000, 5_000, 15_000, 30_000, 60_000];
/** More rounds than any real outbox needs: a server that keeps not acknowledging must not spin the loop. */
const MAX_ROUNDS = 20;

export class DraftSync {
  private running: Promise<void> | null = null;
  private again = false;
  private pullWanted = false;
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private report: Report = () => undefined;

  constructor(
    private readonly store: DraftStore,
    private readonly api: DraftsApi,
  ) {}

  /** Who hears each state, and the draft as the server left it, from now on (one listener). */
  listen(report: Report): void {
    this.report = report;
  }

  /**
   * Starts a run, or asks the current one to go round once more. `pull` also asks the server what changed
   * elsewhere when nothing waits to be sent (page load, network back). Resolves when the run is over, and never
   * rejects: every failure of a run becomes a reported state (and a retry when it may pass later).
   */
  flush(options: { pull?: boolean } = {}): Promise<void> {
    if (options.pull) this.pullWanted = true;
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

  /**
   * Makes sure the server knows the draft, even with nothing answered yet: the person asked for something that
   * needs it (help from another device). Returns the draft as registered.
   */
  async register(): Promise<Draft> {
    const draft = await this.store.load();
    if (draft.server.registered) return draft;
    const { resumeCode, codeVersion } = await this.api.register(draft.id, draft.server.token);
    const registered = await this.store.setServer({ ...draft.server, registered: true, resumeCode, codeVersion });
    this.report("pending", registered);
    return registered;
  }

  stop() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async once() {
    try {
      let draft = await this.store.load();
      let changes = await this.store.pendingChanges();
      if (!draft.server.registered) {
        // Nothing answered yet: the server keeps nothing (no draft for every page view, crawler or preview).
        if (changes.length === 0) return this.done(draft);
        draft = await this.register();
      } else if (changes.length === 0 && this.pullWanted) {
        this.pullWanted = false;
        draft = await this.store.applyServer(await this.api.pull(draft.id, draft.server.token, draft.server.revision));
      }
      for (let round = 0; changes.length > 0; round += 1) {
        if (round === MAX_ROUNDS) throw new HttpError(500, { error: "not-acknowledged" });
        const batch = changes.slice(0, BATCH);
        try {
          draft = await this.store.applyServer(await this.api.push(draft.id, draft.server.token, draft.server.revision, batch), batch);
        } catch (error) {
          // An answer the server refuses (a newer app version changed a question) must not block every later
          // one: only the refused answers stop being sent; they stay on the device.
          const named = error instanceof HttpError && error.status === 422 ? new Set(error.body.problems?.map((p) => p.question)) : new Set();
          const refused = batch.filter((c) => named.has(c.questionId));
          if (refused.length === 0) throw error;
          draft = await this.store.dropPending(refused);
        }
        changes = await this.store.pendingChanges();
      }
      this.done(draft);
    } catch (error) {
      this.failures += 1;
      const offline = error instanceof TypeError || (typeof navigator !== "undefined" && !navigator.onLine);
      this.report(offline ? "offline" : "failed");
      // A refusal or a server bug would fail the same way again: wait for the next change, or the network.
      if (offline || (error instanceof HttpError && error.retryable)) this.retryLater();
    }
  }

  private done(draft: Draft) {
    this.failures = 0;
    this.report("synced", draft);
  }

  private retryLater() {
    this.stop();
    const delay = DELAYS_MS[Math.min(this.failures - 1, DELAYS_MS.length - 1)] ?? 60_000;
    this.timer = setTimeout(() => void this.flush(), delay);
  }
}
