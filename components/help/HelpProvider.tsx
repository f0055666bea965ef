"use client";
// The person's side of help: a helper on this device ("pass the phone"), or a helper joining from their own
// device after the person's consent, with live state from the server. Kept in this browser's storage so a
// reload does not silently end or hide the help.
import { z } from "zod";
import { createContext, useCallback, useContext, useEffect, useEffectEvent, useMemo, useRef, useState, type ReactNode } from "react";
import { useDraft } from "@/components/draft/DraftProvider";
import { call, auth } from "@/lib/drafts/api";
import { changesResponse } from "@/lib/drafts/protocol";
import { HELP_EVENTS, helpUrls, type Author, type Helper, type HelpMode, type SessionState } from "@/lib/handoff/protocol";
import { openEventStream, postAction } from "@/lib/handoff/transport";

/** The server's answer when the person opens help from another device (parsed, as every API answer is). */
const remoteHelp = z.object({ sessionId: z.uuid(), joinCode: z.string(), joinToken: z.string(), expiresAt: z.string() });
export type RemoteHelp = z.infer<typeof remoteHelp>;

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
  const { state, applyRemote, register } = useDraft();
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
  const sessionId = remote?.sessionId ?? null;

  // Read when the stream delivers, not when it opens: the draft and its applyRemote change with every answer,
  // and reopening the stream on each change is what made it reconnect many times a second.
  const startRevision = useEffectEvent(() => (state.status === "ready" ? state.draft.server.revision : 0));
  const receiveAnswers = useEffectEvent((data: unknown) => {
    const changes = changesResponse.safeParse(data);
    if (changes.success) void applyRemote(changes.data).catch(() => undefined);
  });
  const streamGone = useEffectEvent(() => {
    // Refused with 409 and friends: the help is over. With a helper known, say so (the banner offers to close);
    // without one (a reload after the end, a code nobody used) there is nothing to tell: forget the session.
    if (session?.helper) setSession({ ...session, status: "ended" });
    else {
      setSession(null);
      save({ ...stored, remote: null });
    }
  });

  // The person stopping the help closes the stream first: an "ended" state arriving between the end and the
  // session being forgotten would otherwise bring the banner back.
  const streamStop = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (!sessionId || !token) return;
    const stop = openEventStream({
      url: helpUrls.events(sessionId),
      token,
      startRevision: () => startRevision(),
      onEvent: (event, data) => {
        if (event === HELP_EVENTS.answers) receiveAnswers(data);
        if (event !== HELP_EVENTS.state) return;
        const next = data as SessionState;
        setSession(next);
        // Nothing more will come: the server would only answer 409.
        if (next.status === "ended" || next.status === "refused") stop();
      },
      onGone: () => streamGone(),
    });
    streamStop.current = stop;
    return () => {
      streamStop.current = null;
      stop();
    };
  }, [sessionId, token]);

  // Stable while the session and token are: a presence report triggers a state event, which must not trigger a report.
  const act = useCallback(
    async (url: (id: string) => string, body: unknown = {}) => {
      if (sessionId && token) await postAction(url(sessionId), token, body);
    },
    [sessionId, token],
  );
  const reportPresence = useCallback((at: string) => void act(helpUrls.presence, { at }).catch(() => undefined), [act]);

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
        // Help can be asked before any answer: the server must know the draft first.
        await register();
        const opened = await call(remoteHelp, helpUrls.create(draftId), { method: "POST", headers: auth(token), body: "{}" });
        setSession(null);
        save({ ...stored, remote: opened });
      },
      decide: (accept) => act(helpUrls.decision, { accept }),
      setMode: (mode) => act(helpUrls.mode, { mode }),
      stop: async () => {
        streamStop.current?.();
        await act(helpUrls.end).catch(() => undefined);
        setSession(null);
        save({ ...stored, remote: null });
      },
      reportPresence,
      keepAlive: () => void act(helpUrls.keepAlive).catch(() => undefined),
    }),
    [stored, remote, session, save, act, draftId, token, reportPresence, register],
  );
  return <HelpContext.Provider value={value}>{children}</HelpContext.Provider>;
}

export function useHelp(): HelpContextValue {
  const context = useContext(HelpContext);
  if (!context) throw new Error("useHelp must be used inside HelpProvider");
  return context;
}
