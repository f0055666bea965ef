// The draft kept on the person's device: an interface with an in-memory twin, so logic and tests do not need a browser.
import type { AnswerValue } from "@/lib/questionnaire/types";
import type { Author } from "@/lib/handoff/protocol";
import type { Agency } from "@/lib/submissions/protocol";
import { adoptServer, inThisQuestionnaire, isLaterWrite, pendingChanges, withoutPending, type AnswerChange, type DeviceEntry, type Entries } from "./model";
import type { ChangesResponse } from "./protocol";

/** The device's link to the server copy: its own token, the resume code once the server gave one, and the
 *  revision of the server's copy that this device has seen. */
export interface ServerLink {
  token: string;
  resumeCode?: string;
  /** The server raises it with each code it issues; the device keeps the code with the highest. */
  codeVersion?: number;
  registered: boolean;
  revision: number;
}

export interface Draft {
  id: string;
  entries: Entries;
  server: ServerLink;
  /** Epoch milliseconds of the last change. */
  updatedAt: number;
  /** What the server answered when the file was last sent: the device shows the sent state from it, offline too. */
  sent?: SentRecord;
}

export interface SentRecord {
  reference: string;
  version: number;
  /** ISO time given by the server. */
  sentAt: string;
  agency: Agency;
  /** The person chose "Correct my file": the file is open again until the corrected version is sent. */
  correcting?: boolean;
}

export interface SaveOptions {
  changedAt: number;
  /** The person moved on (Continue, left the question, hid the page, stopped typing): send it to the server. */
  commit: boolean;
  author?: Author;
}

/** Full; lost after it worked; not there (private browsing); forbidden by the browser's settings (site data blocked). */
export type StorageProblem = "quota" | "lost" | "unavailable" | "blocked";

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
  /** Records one answer (undefined clears it) unless another tab wrote it later; a commit marks it to be sent. */
  saveAnswer(questionId: string, value: AnswerValue | undefined, options: SaveOptions): Promise<Draft>;
  /** Adopts the server's answer to a sync of `sent` (or a live delta): its answers and its revision. */
  applyServer(response: ChangesResponse, sent?: AnswerChange[]): Promise<Draft>;
  /** Stops sending changes the server refused (they stay on the device). */
  dropPending(refused: AnswerChange[]): Promise<Draft>;
  setServer(server: ServerLink): Promise<Draft>;
  /** Changes waiting for the server, at most one per question (the latest). */
  pendingChanges(): Promise<AnswerChange[]>;
  /** Records the sent version (or, with undefined, forgets it); `correcting` re-opens a sent file. */
  setSent(sent: SentRecord | undefined): Promise<Draft>;
  /** Replaces the draft on this device by another one (resumed with a code, or moved from failed storage). */
  replace(draft: Draft): Promise<Draft>;
  /** Forgets the draft on this device. */
  clear(): Promise<void>;
  /** Closes the storage (before the device is wiped). */
  close(): Promise<void>;
}

function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function emptyDraft(now = Date.now()): Draft {
  return { id: crypto.randomUUID(), entries: {}, server: { token: newToken(), registered: false, revision: 0 }, updatedAt: now };
}

/**
 * A draft as this version of the app keeps it, the same object when it already is. Drafts written by earlier
 * versions lack the revision (they have seen none), or hold answers of an earlier questionnaire (translated once,
 * model.ts).
 */
export function normalised(draft: Draft): Draft {
  const revised = typeof draft.server.revision === "number" ? draft : { ...draft, server: { ...draft.server, revision: 0 } };
  const entries = inThisQuestionnaire(revised.entries);
  return entries === revised.entries ? revised : { ...revised, entries };
}

export function withAnswer(draft: Draft, questionId: string, value: AnswerValue | undefined, options: SaveOptions): Draft {
  const current = draft.entries[questionId];
  const entry: DeviceEntry = { value: value ?? null, changedAt: options.changedAt };
  if (!isLaterWrite(entry, current)) return draft;
  // Committing what is already committed (Continue after leaving the question, or with an unchanged answer)
  // sends and logs nothing.
  const same = current !== undefined && JSON.stringify(current.value) === JSON.stringify(entry.value);
  if (options.commit && same && !current.local) return draft;
  if (options.commit || current?.pending) {
    // Typing after a commit that has not reached the server yet keeps the answer queued (with the newer text), so
    // nothing committed is ever left unsent.
    entry.pending = true;
    const author = options.commit ? options.author : current?.author;
    if (author) entry.author = author;
  } else {
    entry.local = true;
  }
  return { ...draft, entries: { ...draft.entries, [questionId]: entry }, updatedAt: Math.max(draft.updatedAt, options.changedAt) };
}

export function withServer(draft: Draft, response: ChangesResponse, sent: AnswerChange[] = []): Draft {
  return {
    ...draft,
    entries: adoptServer(draft.entries, response, sent),
    server: { ...draft.server, registered: true, revision: Math.max(draft.server.revision, response.revision) },
  };
}

/** Keeps the code the server issued last, whichever tab's registration answer arrives last. */
export function withLink(draft: Draft, server: ServerLink): Draft {
  const keepCode = (draft.server.codeVersion ?? 0) > (server.codeVersion ?? 0);
  return {
    ...draft,
    server: {
      ...server,
      revision: Math.max(draft.server.revision, server.revision),
      ...(keepCode ? { resumeCode: draft.server.resumeCode, codeVersion: draft.server.codeVersion } : {}),
    },
  };
}

export function withSent(draft: Draft, sent: SentRecord | undefined): Draft {
  const { sent: _previous, ...rest } = draft;
  return sent ? { ...rest, sent } : rest;
}

/** Memory answers the way storage does: through a promise, with a failure as a rejection, never a throw. */
function settle<T>(work: () => T): Promise<T> {
  return new Promise((resolve) => resolve(work()));
}

export class MemoryDraftStore implements DraftStore {
  private draft: Draft | null = null;

  load(): Promise<Draft> {
    return settle(() => structuredClone((this.draft ??= emptyDraft())));
  }

  private set(next: Draft): Promise<Draft> {
    return settle(() => {
      const kept = normalised(next);
      this.draft = structuredClone(kept);
      return structuredClone(kept);
    });
  }

  private async update(change: (draft: Draft) => Draft): Promise<Draft> {
    return this.set(change(await this.load()));
  }

  saveAnswer(questionId: string, value: AnswerValue | undefined, options: SaveOptions) {
    return this.update((draft) => withAnswer(draft, questionId, value, options));
  }

  applyServer(response: ChangesResponse, sent?: AnswerChange[]) {
    return this.update((draft) => withServer(draft, response, sent));
  }

  dropPending(refused: AnswerChange[]) {
    return this.update((draft) => ({ ...draft, entries: withoutPending(draft.entries, refused) }));
  }

  setServer(server: ServerLink) {
    return this.update((draft) => withLink(draft, server));
  }

  async pendingChanges() {
    return pendingChanges((await this.load()).entries);
  }

  setSent(sent: SentRecord | undefined) {
    return this.update((draft) => withSent(draft, sent));
  }

  replace(draft: Draft) {
    return this.set(draft);
  }

  clear(): Promise<void> {
    return settle(() => {
      this.draft = null;
    });
  }

  async close() {
    await this.clear();
  }
}
