"use client";
// Holds the person's draft for every page: answers go to IndexedDB as they are typed, committed ones to the
// server in the background, and what the server answers is adopted. Other tabs are told of each change; storage
// failures become visible states, never silence, and never lose a change the server has not acknowledged.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { httpDraftsApi } from "@/lib/drafts/api";
import { IndexedDbDraftStore } from "@/lib/drafts/indexeddb";
import { answersOf } from "@/lib/drafts/model";
import type { ChangesResponse } from "@/lib/drafts/protocol";
import type { Author } from "@/lib/handoff/protocol";
import { DraftStorageError, MemoryDraftStore, type Draft, type DraftStore, type SentRecord, type StorageProblem } from "@/lib/drafts/store";
import { DraftSync, type SyncState } from "@/lib/drafts/sync";
import { wipeDevice } from "@/lib/drafts/wipe";
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
  saveAnswer(questionId: string, value: AnswerValue | undefined, options: SaveAnswerOptions): Promise<Draft>;
  /** Answers that changed on the server (a helper typing on their own device), with its revision. */
  applyRemote(changes: ChangesResponse): Promise<void>;
  /** Sends what is waiting (before an update, or on request); `pull` also fetches what changed elsewhere. Resolves
   *  with the draft as this device then holds it. */
  flush(options?: { pull?: boolean }): Promise<Draft>;
  /** Makes sure the server knows the draft (before asking for help from another device). */
  register(): Promise<Draft>;
  /** Keeps the sent state on the device (the server's answer to a send, or "correct my file"). */
  setSent(sent: SentRecord | undefined): Promise<Draft>;
  replace(draft: Draft): Promise<Draft>;
  startOver(): Promise<void>;
  /** Sends what waits, then erases everything this device holds of the person (kiosk). */
  wipe(): Promise<void>;
}

function isCommittable(questionId: string, value: AnswerValue | null): boolean {
  const question = findQuestion(questionnaire, questionId);
  return question !== undefined && (value === null || schemaFor(question).safeParse(value).success);
}

const DraftContext = createContext<DraftContextValue | null>(null);
const CHANNEL = "relais-draft";

function openStore(): DraftStore {
  return typeof indexedDB === "undefined" ? new MemoryDraftStore() : new IndexedDbDraftStore();
}

export function DraftProvider({ children }: { children: ReactNode }) {
  const [store, setStore] = useState<DraftStore>(openStore);
  const [state, setState] = useState<DraftState>({ status: "loading" });
  const [storageProblem, setStorageProblem] = useState<StorageProblem | null>(null);
  const [sync, setSync] = useState<SyncState>("pending");
  const channel = useRef<BroadcastChannel | null>(null);
  // The last draft shown, kept for the move to memory if storage fails: it holds the unsent changes.
  const latest = useRef<Draft | null>(null);
  const show = useCallback((draft: Draft) => {
    latest.current = draft;
    setState({ status: "ready", draft, answers: answersOf(draft.entries) });
  }, []);

  const syncer = useMemo(
    () =>
      new DraftSync(store, httpDraftsApi, (next, draft) => {
        setSync(next);
        if (!draft) return;
        show(draft);
        // Other tabs hold the same draft: the server's answers (and its newest resume code) are theirs too.
        channel.current?.postMessage("changed");
      }),
    [store, show],
  );

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
        setStorageProblem(error.problem);
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
    if (typeof BroadcastChannel !== "undefined") {
      channel.current = new BroadcastChannel(CHANNEL);
      channel.current.onmessage = () => void store.load().then(show, () => undefined);
    }
    return () => {
      window.removeEventListener("online", online);
      channel.current?.close();
      syncer.stop();
    };
  }, [store, syncer, show]);

  const after = useCallback(
    (draft: Draft) => {
      show(draft);
      channel.current?.postMessage("changed");
      return draft;
    },
    [show],
  );

  const asked = useRef(false);
  const saveAnswer = useCallback(
    async (questionId: string, value: AnswerValue | undefined, options: SaveAnswerOptions) => {
      // Ask once that the browser never evicts our storage under pressure (best effort; some refuse).
      if (!asked.current && navigator.storage?.persist) {
        asked.current = true;
        void navigator.storage.persist().catch(() => false);
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

  const wipe = useCallback(async () => {
    await syncer.flush().catch(() => undefined);
    syncer.stop();
    await store.close();
    // The kiosk's own agency is part of the kiosk setting, which a wipe keeps.
    await keepKioskAgency(wipeDevice);
  }, [store, syncer]);

  const applyRemote = useCallback(
    async (changes: ChangesResponse) => {
      after(await guard((s) => s.applyServer(changes)));
    },
    [after, guard],
  );

  const value = useMemo(
    () => ({ state, storageProblem, sync, saveAnswer, applyRemote, flush, register, setSent, replace, startOver, wipe }),
    [state, storageProblem, sync, saveAnswer, applyRemote, flush, register, setSent, replace, startOver, wipe],
  );
  return <DraftContext.Provider value={value}>{children}</DraftContext.Provider>;
}

export function useDraft(): DraftContextValue {
  const context = useContext(DraftContext);
  if (!context) throw new Error("useDraft must be used inside DraftProvider");
  return context;
}
