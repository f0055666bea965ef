// The draft kept on the person's device: an interface with an in-memory twin, so logic and tests do not need a browser.
import type { AnswerValue } from "@/lib/questionnaire/types";
import type { Author } from "@/lib/handoff/protocol";
import { isNewer, mergeEntries, type AnswerChange, type Entries } from "./model";

/** The device's link to the server copy: its own token, and the resume code once the server gave one. */
export interface ServerLink {
  token: string;
  resumeCode?: string;
  registered: boolean;
}

export interface Draft {
  id: string;
  entries: Entries;
  server: ServerLink;
  /** Epoch milliseconds of the last change. */
  updatedAt: number;
  /** Set when the file was sent to the counsellor. */
  submittedAt?: number;
}

export interface SaveOptions {
  changedAt: number;
  outbox: boolean;
  author?: Author;
}

/** The outbox entry for a stored answer, with who typed it when it was not the person. */
export function outboxEntry(draft: Draft, questionId: string, author?: Author): AnswerChange {
  return author ? { questionId, ...draft.entries[questionId]!, author } : { questionId, ...draft.entries[questionId]! };
}

export type StorageProblem = "quota" | "lost" | "unavailable";

/** A storage failure the person must be told about (never swallowed). */
export class DraftStorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    cause?: unknown,
  ) {
    super(`draft storage: ${problem}`, { cause });
  }
}

export interface DraftStore {
  /** The current draft, created empty when there is none. */
  load(): Promise<Draft>;
  /**
   * Records one answer (undefined clears it) unless a newer change is already stored (another tab).
   * `outbox` queues it for the server: only answers that pass their schema are sent.
   */
  saveAnswer(questionId: string, value: AnswerValue | undefined, options: SaveOptions): Promise<Draft>;
  /** Merges answers from the server; the newer change of each answer wins. */
  applyRemote(entries: Entries): Promise<Draft>;
  setServer(server: ServerLink): Promise<Draft>;
  /** Changes waiting for the server, at most one per question (the latest). */
  pendingChanges(): Promise<AnswerChange[]>;
  /** Removes sent changes, unless the person changed the answer again meanwhile. */
  acknowledge(changes: AnswerChange[]): Promise<void>;
  markSubmitted(at: number): Promise<Draft>;
  /** Replaces the draft on this device by another one (resumed with a code). */
  replace(draft: Draft): Promise<Draft>;
  /** Forgets the draft on this device. */
  clear(): Promise<void>;
  /** Closes the storage (before the device is wiped). */
  close(): Promise<void>;
}

export function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function emptyDraft(now = Date.now()): Draft {
  return { id: crypto.randomUUID(), entries: {}, server: { token: newToken(), registered: false }, updatedAt: now };
}

export function withAnswer(draft: Draft, questionId: string, value: AnswerValue | undefined, changedAt: number): Draft {
  const entry = { value: value ?? null, changedAt };
  if (!isNewer(entry, draft.entries[questionId])) return draft;
  return { ...draft, entries: { ...draft.entries, [questionId]: entry }, updatedAt: Math.max(draft.updatedAt, changedAt) };
}

export function withRemote(draft: Draft, entries: Entries): Draft {
  return { ...draft, entries: mergeEntries(draft.entries, entries) };
}

export class MemoryDraftStore implements DraftStore {
  private draft: Draft | null = null;
  private outbox = new Map<string, AnswerChange>();

  async load(): Promise<Draft> {
    this.draft ??= emptyDraft();
    return structuredClone(this.draft);
  }

  private async set(next: Draft): Promise<Draft> {
    this.draft = next;
    return structuredClone(next);
  }

  async saveAnswer(questionId: string, value: AnswerValue | undefined, options: SaveOptions) {
    const before = await this.load();
    const after = withAnswer(before, questionId, value, options.changedAt);
    if (after !== before && options.outbox) this.outbox.set(questionId, outboxEntry(after, questionId, options.author));
    return this.set(after);
  }

  async applyRemote(entries: Entries) {
    return this.set(withRemote(await this.load(), entries));
  }

  async setServer(server: ServerLink) {
    return this.set({ ...(await this.load()), server });
  }

  async pendingChanges() {
    return structuredClone([...this.outbox.values()]);
  }

  async acknowledge(changes: AnswerChange[]) {
    for (const change of changes) {
      if (this.outbox.get(change.questionId)?.changedAt === change.changedAt) this.outbox.delete(change.questionId);
    }
  }

  async markSubmitted(at: number) {
    return this.set({ ...(await this.load()), submittedAt: at });
  }

  async replace(draft: Draft) {
    this.outbox.clear();
    return this.set(structuredClone(draft));
  }

  async clear() {
    this.draft = null;
    this.outbox.clear();
  }

  async close() {
    await this.clear();
  }
}
