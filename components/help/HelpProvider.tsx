"use client";
// The person's side of help: a helper on this device ("pass the phone"), or a helper joining from their own
// device after the person's consent, with live state from the server. Kept in this browser's storage so a
// reload does not silently end or hide the help.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useDraft } from "@/components/draft/DraftProvider";
import { call, auth } from "@/lib/drafts/api";
import type { Entries } from "@/lib/drafts/model";
import { HELP_EVENTS, helpUrls, type Author, type Helper, type HelpMode, type SessionState } from "@/lib/handoff/protocol";
import { openEventStream, postAction } from "@/lib/handoff/transport";

export interface RemoteHelp {
  sessionId: string;
  joinCode: string;
  joinToken: string;
  expiresAt: string;
}

interface HelpContextValue {
  sameDevice: Helper | null;
  remote: RemoteHelp | null;
  session: SessionState | null;
  /** Who is typing on this device now: undefined for the person. */
  author: Author | undefined;
  passPhone(helper: Helper): void;
  takeBack(): void;
  openRemote(): Promise<void>;
  decide(accept: boolean): Promise<void>;
  setMode(mode: HelpMode): Promise<void>;
  stop(): Promise<void>;
  reportPresence(at: string): void;
  keepAlive(): void;
}

const HelpContext = createContext<HelpContextValue | null>(null);
const STORAGE_KEY = "relais-help";

interface Stored {
  sameDevice: Helper | null;
  remote: RemoteHelp | null;
}

function readStored(): Stored {
  try {
    const raw = typeof localStorage === "undefined" ? null : localStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Stored) : { sameDevice: null, remote: null };
  } catch {
    return { sameDevice: null, remote: null };
  }
}

export function HelpProvider({ children }: { children: ReactNode }) {
  const { state, applyRemote } = useDraft();
  const [stored, setStored] = useState<Stored>({ sameDevice: null, remote: null });
  const [session, setSession] = useState<SessionState | null>(null);
  const token = state.status === "ready" ? state.draft.server.token : null;
  const draftId = state.status === "ready" ? state.draft.id : null;

  useEffect(() => setStored(readStored()), []);
  const save = useCallback((next: Stored) => {
    setStored(next);
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  }, []);

  const remote = stored.remote;
  useEffect(() => {
    if (!remote || !token) return;
    return openEventStream(
      helpUrls.events(remote.sessionId),
      token,
      (event, data) => {
        if (event === HELP_EVENTS.state) setSession(data as SessionState);
        if (event === HELP_EVENTS.answers) void applyRemote(data as Entries);
      },
      () => setSession((s) => (s ? { ...s, status: "ended" } : s)),
    );
  }, [remote, token, applyRemote]);

  const act = useCallback(
    async (url: (id: string) => string, body: unknown = {}) => {
      if (remote && token) await postAction(url(remote.sessionId), token, body);
    },
    [remote, token],
  );

  // Stable across session updates: a presence report triggers a state event, which must not trigger a report.
  const actRef = useRef(act);
  actRef.current = act;
  const reportPresence = useCallback((at: string) => void actRef.current(helpUrls.presence, { at }).catch(() => undefined), []);

  const value = useMemo<HelpContextValue>(
    () => ({
      sameDevice: stored.sameDevice,
      remote,
      session,
      author: stored.sameDevice ? { kind: "helper", ...stored.sameDevice } : undefined,
      passPhone: (helper) => save({ ...stored, sameDevice: helper }),
      takeBack: () => save({ ...stored, sameDevice: null }),
      openRemote: async () => {
        if (!draftId || !token) return;
        const opened = await call<RemoteHelp>(helpUrls.create(draftId), { method: "POST", headers: auth(token), body: "{}" });
        setSession(null);
        save({ ...stored, remote: opened });
      },
      decide: (accept) => act(helpUrls.decision, { accept }),
      setMode: (mode) => act(helpUrls.mode, { mode }),
      stop: async () => {
        await act(helpUrls.end).catch(() => undefined);
        setSession(null);
        save({ ...stored, remote: null });
      },
      reportPresence,
      keepAlive: () => void act(helpUrls.keepAlive).catch(() => undefined),
    }),
    [stored, remote, session, save, act, draftId, token, reportPresence],
  );
  return <HelpContext.Provider value={value}>{children}</HelpContext.Provider>;
}

export function useHelp(): HelpContextValue {
  const context = useContext(HelpContext);
  if (!context) throw new Error("useHelp must be used inside HelpProvider");
  return context;
}
