"use client";
// Holds the person's draft for every page of the journey; answers are written to the device before moving on.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { IndexedDbDraftStore } from "@/lib/drafts/indexeddb";
import { MemoryDraftStore, type Draft, type DraftStore } from "@/lib/drafts/store";
import type { AnswerValue } from "@/lib/questionnaire/types";

type DraftState =
  | { status: "loading" }
  | { status: "ready"; draft: Draft }
  | { status: "unavailable"; draft: Draft };

interface DraftContextValue {
  state: DraftState;
  saveAnswer(questionId: string, value: AnswerValue | undefined): Promise<Draft>;
  markSubmitted(): Promise<void>;
  startOver(): Promise<void>;
}

const DraftContext = createContext<DraftContextValue | null>(null);

function openStore(): { store: DraftStore; persistent: boolean } {
  // Private windows of some browsers refuse IndexedDB: the person can still fill in the file in memory.
  if (typeof indexedDB === "undefined") return { store: new MemoryDraftStore(), persistent: false };
  return { store: new IndexedDbDraftStore(), persistent: true };
}

export function DraftProvider({ children }: { children: ReactNode }) {
  const [{ store, persistent }] = useState(openStore);
  const [state, setState] = useState<DraftState>({ status: "loading" });

  useEffect(() => {
    let live = true;
    store.load().then(
      (draft) => live && setState({ status: persistent ? "ready" : "unavailable", draft }),
      async () => {
        const fallback = new MemoryDraftStore();
        const draft = await fallback.load();
        if (live) setState({ status: "unavailable", draft });
      },
    );
    return () => {
      live = false;
    };
  }, [store, persistent]);

  const saveAnswer = useCallback(
    async (questionId: string, value: AnswerValue | undefined) => {
      const draft = await store.saveAnswer(questionId, value);
      setState((s) => ({ status: s.status === "unavailable" ? "unavailable" : "ready", draft }));
      return draft;
    },
    [store],
  );

  const markSubmitted = useCallback(async () => {
    const draft = await store.markSubmitted(Date.now());
    setState((s) => ({ status: s.status === "unavailable" ? "unavailable" : "ready", draft }));
  }, [store]);

  const startOver = useCallback(async () => {
    await store.clear();
    const draft = await store.load();
    setState((s) => ({ status: s.status === "unavailable" ? "unavailable" : "ready", draft }));
  }, [store]);

  const value = useMemo(() => ({ state, saveAnswer, markSubmitted, startOver }), [state, saveAnswer, markSubmitted, startOver]);
  return <DraftContext.Provider value={value}>{children}</DraftContext.Provider>;
}

export function useDraft(): DraftContextValue {
  const context = useContext(DraftContext);
  if (!context) throw new Error("useDraft must be used inside DraftProvider");
  return context;
}
