"use client";
// Holds the person's draft for every page: answers go to IndexedDB as they are typed, committed ones to the
// server in the background, and what the server answers is adopted. Other tabs are told of each change; storage
// failures become visible states, never silence, and never lose a change the server has not acknowledged.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { httpDraftsApi } from "@/lib/drafts/api";
import { IndexedDbDraftStore } from "@/lib/drafts/indexeddb";
import { answersOf } from "@/lib/drafts/model";
import type { ChangesResponse } from "@/lib/drafts/protocol";
import type { Author } from "@/lib/handoff/protocol";
import { DraftStorageError, MemoryDraftStore, type Draft, type DraftStore, type SentRecord, type StorageProblem } from "@/lib/drafts/store";
import { DraftSync, type SyncState } from "@/lib/drafts/sync";
import { OtherTabs } from "@/lib/drafts/otherTabs";
import { wipeDevice } from "@/lib/drafts/wipe";
import { indexedDbFactory, siteDataBlocked } from "@/lib/deviceStorage";
import { keepKioskAgency } from "@/components/check/kioskAgency";
import { findQuestion } from "@/lib/questionnaire/engine";
import { questionnaire } from "@/lib/questionnaire/definition";
import { schemaFor } from "@/lib/questionnaire/schemas";
import type { AnswerValue, Answers } from "@/lib/questionnaire/types";

type DraftState = { status: "loading" } | { status: "ready"; draft: Draft; answers: Answers };

export interface SaveAnswerOptions {
  /** Send it to the server: the person moved on (Continue, left the question, hid the page, paused typing). */
  commit: boolean;
  author?: Author;
}

interface DraftContextValue {
  state: DraftState;
  storageProblem: StorageProblem | null;
  sync: SyncState;
  saveAnswer: (questionId: string, value: AnswerValue | undefined, options: SaveAnswerOptions) => Promise<Draft>;
  /** Answers that changed on the server (a helper typing on their own device), with its revision. */
  applyRemote: (changes: ChangesResponse) => Promise<void>;
  /** Sends what is waiting (before an update, or on request); `pull` also fetches what changed elsewhere. Resolves
   *  with the draft as this device then holds it. */
  flush: (options?: { pull?: boolean }) => Promise<Draft>;
  /** Makes sure the server knows the draft (before asking for help from another device). */
  register: () => Promise<Draft>;
  /** Keeps the sent state on the device (the server's answer to a send, or "correct my file"). */
  setSent: (sent: SentRecord | undefined) => Promise<Draft>;
  replace: (draft: Draft) => Promise<Draft>;
  startOver: () => Promise<void>;
  /** Sends what waits, then erases everything this device holds of the person (kiosk), but only once the server
   *  has acknowledged every committed answer: otherwise nothing is erased and the result says how many wait.
   *  `shouldErase` is asked last (the person may have changed their mind while it waited for the server);
   *  `beforeErase` runs once the erasing is sure to happen (ending the help while the token still exists). */
  wipe: (options?: WipeOptions) => Promise<WipeResult>;
  /** Deletes the file on the server (when it ever reached it), then everything this device holds of it. Throws,
   *  deleting nothing on the device, when the server could not be reached or refused. */
  deleteFile: () => Promise<void>;
}

/** What a clear did: erased everything, or nothing at all because `unsaved` answers are not on the server yet. */
export type WipeResult = { cleared: true } | { cleared: false; unsaved: number };
interface WipeOptions {
  shouldErase?: () => boolean;
  beforeErase?: () => Promise<void>;
}

function isCommittable(questionId: string, value: AnswerValue | null): boolean {
  const question = findQuestion(questionnaire, questionId);
  return question !== undefined && (value === null || schemaFor(question).safeParse(value).success);
}

const DraftContext = createContext<DraftContextValue | null>(null);
const CHANNEL = "relais-draft";

/** IndexedDB when the browser lets this site keep data, memory otherwise (server rendering, site data blocked). */
function openStore(): DraftStore {
  return indexedDbFactory() && !siteDataBlocked() ? new IndexedDbDraftStore() : new MemoryDraftStore();
}

const neverChanges = () => () => undefined;

/** Asks once that the browser never evicts our storage under pressure (best effort: some refuse, some throw). */
function askPersistentStorage() {
  try {
    void navigator.storage?.persist?.().catch(() => false);
  } catch {
    // Refused at once (site data blocked): the storage problem is already shown.
  }
}

export function DraftProvider({ children }: { children: ReactNode }) {
  const [store, setStore] = useState<DraftStore>(openStore);
  const [state, setState] = useState<DraftState>({ status: "loading" });
  const [failure, setFailure] = useState<StorageProblem | null>(null);
  // Known before any write: the browser forbids site data (read after hydration, so the server's page matches).
  const blocked = useSyncExternalStore(neverChanges, siteDataBlocked, () => false);
  const storageProblem: StorageProblem | null = failure ?? (blocked ? "blocked" : null);
  const [sync, setSync] = useState<SyncState>("pending");
  const [otherTabs] = useState(() => new OtherTabs(CHANNEL));
  // The last draft shown, kept for the move to memory if storage fails: it holds the unsent changes.
  const latest = useRef<Draft | null>(null);
  const show = useCallback((draft: Draft) => {
    latest.current = draft;
    setState({ status: "ready", draft, answers: answersOf(draft.entries) });
  }, []);

  const syncer = useMemo(() => new DraftSync(store, httpDraftsApi), [store]);
  // Heard from the first commit on: the syncer acts only when an effect or an event asks it to, never during render.
  useEffect(() => {
    syncer.listen((next, draft) => {
      setSync(next);
      if (!draft) return;
      show(draft);
      // Other tabs hold the same draft: the server's answers (and its newest resume code) are theirs too.
      otherTabs.tell();
    });
  }, [syncer, show, otherTabs]);

  /**
   * A failed write keeps the person going: the draft, with every change the server has not acknowledged, moves
   * to memory (and still syncs to the server), and the problem is shown so they know this device is not keeping it.
   */
  const guard = useCallback(
    async <T,>(work: (s: DraftStore) => Promise<T>): Promise<T> => {
      try {
        return await work(store);
      } catch (error) {
        if (!(error instanceof DraftStorageError)) throw error;
        setFailure(error.problem);
        const fallback = new MemoryDraftStore();
        if (latest.current) await fallback.replace(latest.current);
        setStore(fallback);
        return work(fallback);
      }
    },
    [store],
  );

  useEffect(() => {
    let live = true;
    const open = async () => {
      let draft = await guard((s) => s.load());
      // Answers typed but never committed (the tab was killed before it could) are committed now, when valid.
      for (const [questionId, entry] of Object.entries(draft.entries)) {
        if (entry.local && isCommittable(questionId, entry.value)) {
          draft = await guard((s) => s.saveAnswer(questionId, entry.value ?? undefined, { changedAt: Date.now(), commit: true }));
        }
      }
      return draft;
    };
    open().then(
      (draft) => {
        if (!live) return;
        show(draft);
        // A sync run never rejects (DraftSync.flush): it reports its failures.
        void syncer.flush({ pull: true });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [guard, syncer, show]);

  useEffect(() => {
    const online = () => void syncer.flush({ pull: true });
    window.addEventListener("online", online);
    const stopListening = otherTabs.listen(() => void store.load().then(show, () => undefined));
    return () => {
      window.removeEventListener("online", online);
      stopListening();
      syncer.stop();
    };
  }, [store, syncer, show, otherTabs]);

  const after = useCallback(
    (draft: Draft) => {
      show(draft);
      otherTabs.tell();
      return draft;
    },
    [show, otherTabs],
  );

  const asked = useRef(false);
  const saveAnswer = useCallback(
    async (questionId: string, value: AnswerValue | undefined, options: SaveAnswerOptions) => {
      if (!asked.current) {
        asked.current = true;
        askPersistentStorage();
      }
      const previous = latest.current?.entries[questionId];
      const draft = after(await guard((s) => s.saveAnswer(questionId, value, { changedAt: Date.now(), commit: options.commit, author: options.author })));
      // A commit of what was already committed changes nothing, and needs no request.
      if (options.commit && draft.entries[questionId]?.changedAt !== previous?.changedAt) {
        setSync("pending");
        void syncer.flush();
      }
      return draft;
    },
    [after, guard, syncer],
  );

  const setSent = useCallback(async (sent: SentRecord | undefined) => after(await guard((s) => s.setSent(sent))), [after, guard]);

  const replace = useCallback(async (draft: Draft) => after(await guard((s) => s.replace(draft))), [after, guard]);

  const startOver = useCallback(async () => {
    await guard((s) => s.clear());
    after(await guard((s) => s.load()));
    void syncer.flush();
  }, [after, guard, syncer]);

  const flush = useCallback(
    async (options?: { pull?: boolean }) => {
      await syncer.flush(options);
      return guard((s) => s.load());
    },
    [guard, syncer],
  );
  const register = useCallback(() => syncer.register(), [syncer]);

  const wipe = useCallback(
    async ({ shouldErase = () => true, beforeErase }: WipeOptions = {}): Promise<WipeResult> => {
      // An answer typed but not committed yet (the person went straight to the end) is committed first, when valid.
      const draft = await guard((s) => s.load());
      for (const [questionId, entry] of Object.entries(draft.entries)) {
        if (entry.local && isCommittable(questionId, entry.value)) {
          after(await guard((s) => s.saveAnswer(questionId, entry.value ?? undefined, { changedAt: Date.now(), commit: true })));
        }
      }
      // A sync run never rejects: what it could not send stays pending, and it retries by itself when it may pass later.
      await syncer.flush();
      const unsaved = (await guard((s) => s.pendingChanges())).length;
      if (unsaved > 0 || !shouldErase()) return { cleared: false, unsaved };
      await beforeErase?.().catch(() => undefined);
      syncer.stop();
      await store.close();
      // The kiosk's own agency is part of the kiosk setting, which a wipe keeps.
      await keepKioskAgency(wipeDevice);
      return { cleared: true };
    },
    [after, guard, store, syncer],
  );

  const deleteFile = useCallback(async () => {
    // A registration in flight would otherwise land after the deletion: let it settle, then send nothing more.
    await syncer.flush().catch(() => undefined);
    syncer.stop();
    const draft = await guard((s) => s.load());
    if (draft.server.registered) await httpDraftsApi.remove(draft.id, draft.server.token);
    await store.close();
    await keepKioskAgency(wipeDevice);
  }, [guard, store, syncer]);

  const applyRemote = useCallback(
    async (changes: ChangesResponse) => {
      after(await guard((s) => s.applyServer(changes)));
    },
    [after, guard],
  );

  const value = useMemo(
    () => ({ state, storageProblem, sync, saveAnswer, applyRemote, flush, register, setSent, replace, startOver, wipe, deleteFile }),
    [state, storageProblem, sync, saveAnswer, applyRemote, flush, register, setSent, replace, startOver, wipe, deleteFile],
  );
  return <DraftContext.Provider value={value}>{children}</DraftContext.Provider>;
}

export function useDraft(): DraftContextValue {
  const context = useContext(DraftContext);
  if (!context) throw new Error("useDraft must be used inside DraftProvider");
  return context;
}
