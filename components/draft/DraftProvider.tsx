"use client";
// Holds the person's draft for every page: answers go to IndexedDB as they are typed, then to the server in the
// background. Other tabs are told of each change; storage failures become visible states, never silence.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { httpDraftsApi } from "@/lib/drafts/api";
import { IndexedDbDraftStore } from "@/lib/drafts/indexeddb";
import { answersOf, type Entries } from "@/lib/drafts/model";
import type { Author } from "@/lib/handoff/protocol";
import { DraftStorageError, MemoryDraftStore, type Draft, type DraftStore, type StorageProblem } from "@/lib/drafts/store";
import { DraftSync, type SyncState } from "@/lib/drafts/sync";
import { wipeDevice } from "@/lib/drafts/wipe";
import type { AnswerValue, Answers } from "@/lib/questionnaire/types";

type DraftState = { status: "loading" } | { status: "ready"; draft: Draft; answers: Answers };

interface DraftContextValue {
  state: DraftState;
  storageProblem: StorageProblem | null;
  sync: SyncState;
  saveAnswer(questionId: string, value: AnswerValue | undefined, options: { outbox: boolean; author?: Author }): Promise<Draft>;
  /** Answers that arrived from elsewhere (a helper typing on their own device). */
  applyRemote(entries: Entries): Promise<void>;
  /** Sends what is waiting (before an update, or on request). */
  flush(): Promise<void>;
  markSubmitted(): Promise<void>;
  replace(draft: Draft): Promise<void>;
  startOver(): Promise<void>;
  /** Sends what waits, then erases everything this device holds of the person (kiosk). */
  wipe(): Promise<void>;
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
  const show = useCallback((draft: Draft) => setState({ status: "ready", draft, answers: answersOf(draft.entries) }), []);

  const syncer = useMemo(
    () =>
      new DraftSync(store, httpDraftsApi, (next, draft) => {
        setSync(next);
        if (draft) show(draft);
      }),
    [store, show],
  );

  /**
   * A failed write keeps the person going: the draft moves to memory (and still syncs to the server), and the
   * problem is shown so they know this device is not keeping it.
   */
  const guard = useCallback(
    async <T,>(work: (s: DraftStore) => Promise<T>): Promise<T> => {
      try {
        return await work(store);
      } catch (error) {
        if (!(error instanceof DraftStorageError)) throw error;
        setStorageProblem(error.problem);
        const fallback = new MemoryDraftStore();
        if (state.status === "ready") await fallback.replace(state.draft);
        setStore(fallback);
        return work(fallback);
      }
    },
    [store, state],
  );

  useEffect(() => {
    let live = true;
    guard((s) => s.load()).then((draft) => {
      if (!live) return;
      show(draft);
      void syncer.flush();
    });
    return () => {
      live = false;
    };
    // Load once per store, not on every state change.
  }, [store, syncer, show]);

  useEffect(() => {
    const online = () => void syncer.flush();
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
    async (questionId: string, value: AnswerValue | undefined, options: { outbox: boolean; author?: Author }) => {
      // Ask once that the browser never evicts our storage under pressure (best effort; some refuse).
      if (!asked.current && navigator.storage?.persist) {
        asked.current = true;
        void navigator.storage.persist().catch(() => false);
      }
      const draft = after(await guard((s) => s.saveAnswer(questionId, value, { changedAt: Date.now(), outbox: options.outbox, author: options.author })));
      if (options.outbox) {
        setSync("pending");
        void syncer.flush();
      }
      return draft;
    },
    [after, guard, syncer],
  );

  const markSubmitted = useCallback(async () => {
    after(await guard((s) => s.markSubmitted(Date.now())));
  }, [after, guard]);

  const replace = useCallback(
    async (draft: Draft) => {
      after(await guard((s) => s.replace(draft)));
    },
    [after, guard],
  );

  const startOver = useCallback(async () => {
    await guard((s) => s.clear());
    after(await guard((s) => s.load()));
    void syncer.flush();
  }, [after, guard, syncer]);

  const flush = useCallback(() => syncer.flush(), [syncer]);

  const wipe = useCallback(async () => {
    await syncer.flush().catch(() => undefined);
    syncer.stop();
    await store.close();
    await wipeDevice();
  }, [store, syncer]);

  const applyRemote = useCallback(
    async (entries: Entries) => {
      after(await guard((s) => s.applyRemote(entries)));
    },
    [after, guard],
  );

  const value = useMemo(
    () => ({ state, storageProblem, sync, saveAnswer, applyRemote, flush, markSubmitted, replace, startOver, wipe }),
    [state, storageProblem, sync, saveAnswer, applyRemote, flush, markSubmitted, replace, startOver, wipe],
  );
  return <DraftContext.Provider value={value}>{children}</DraftContext.Provider>;
}

export function useDraft(): DraftContextValue {
  const context = useContext(DraftContext);
  if (!context) throw new Error("useDraft must be used inside DraftProvider");
  return context;
}
