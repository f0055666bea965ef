"use client";
// The person's side of help: a helper on this device ("pass the phone"), or a helper joining from their own
// device after the person's consent, with live state from the server. Kept in this browser's storage so a
// reload does not silently end or hide the help, and bound to the file it was given for: a new file (another
// person's, after sending or a clear) never inherits a helper. Sending the file ends the help.
import * as z from "zod/mini";
import { createContext, useCallback, useContext, useEffect, useEffectEvent, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { useDraft } from "@/components/draft/DraftProvider";
import { keep, kept, onKept, readStored } from "@/lib/deviceStorage";
import { call, auth } from "@/lib/drafts/api";
import { changesResponse } from "@/lib/drafts/protocol";
import { KIOSK_KEY } from "@/lib/drafts/wipe";
import { HELP_EVENTS, helperSchema, helpUrls, type Author, type Helper, type HelpMode, type SessionState } from "@/lib/handoff/protocol";
import { openEventStream, postAction } from "@/lib/handoff/transport";

/** The server's answer when the person opens help from another device (parsed, as every API answer is). */
const remoteHelp = z.object({ sessionId: z.uuid(), joinCode: z.string(), joinToken: z.string(), expiresAt: z.string() });
type RemoteHelp = z.infer<typeof remoteHelp>;

interface HelpContextValue {
  sameDevice: Helper | null;
  remote: RemoteHelp | null;
  session: SessionState | null;
  /** Who is typing on this device now: undefined for the person. */
  author: Author | undefined;
  /** On a kiosk, the helper who last took the device, remembered until the device is cleared (one tap to take it
   *  again); null elsewhere. */
  kioskHelper: Helper | null;
  passPhone: (helper: Helper) => void;
  takeBack: () => void;
  openRemote: () => Promise<void>;
  decide: (accept: boolean) => Promise<void>;
  setMode: (mode: HelpMode) => Promise<void>;
  stop: () => Promise<void>;
  /** Ends all help on this device: the helper on it, and the session of a helper's own device on the server too. */
  endAll: () => Promise<void>;
  reportPresence: (at: string) => void;
  keepAlive: () => void;
  /** Lets the helper see one answer given before the help (kept back until then). */
  show: (questionId: string) => Promise<void>;
}

const HelpContext = createContext<HelpContextValue | null>(null);
const STORAGE_KEY = "relais-help";
/** Kept through "Start a new file", gone with the kiosk's clear (wipeDevice empties local storage). */
const KIOSK_HELPER_KEY = "relais-kiosk-helper";

interface Stored {
  /** The file the help was given for. */
  draftId?: string;
  sameDevice: Helper | null;
  remote: RemoteHelp | null;
}

const NO_HELP: Stored = { sameDevice: null, remote: null };

function parseHelp(raw: string | null): Stored {
  try {
    return raw ? (JSON.parse(raw) as Stored) : NO_HELP;
  } catch {
    return NO_HELP;
  }
}

function parseHelper(raw: string | null): Helper | null {
  try {
    const parsed = helperSchema.safeParse(raw ? JSON.parse(raw) : null);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const readHelp = () => kept(STORAGE_KEY);
const readKioskHelper = () => kept(KIOSK_HELPER_KEY);

export function HelpProvider({ children }: { children: ReactNode }) {
  const { state, applyRemote, register } = useDraft();
  // Read after hydration (the server's page has no help); the stored text is the snapshot, parsed once per change.
  const raw = useSyncExternalStore(onKept, readHelp, () => null);
  const token = state.status === "ready" ? state.draft.server.token : null;
  const draftId = state.status === "ready" ? state.draft.id : null;
  const keptHelp = useMemo(() => parseHelp(raw), [raw]);
  // Help given for another file is no help for this one (nor is any before the file is read).
  const stored = useMemo(() => (draftId && keptHelp.draftId === draftId ? keptHelp : NO_HELP), [keptHelp, draftId]);
  const rawKioskHelper = useSyncExternalStore(onKept, readKioskHelper, () => null);
  const kioskHelper = useMemo(() => parseHelper(rawKioskHelper), [rawKioskHelper]);

  // Where the browser refuses storage, the help lasts as long as the page.
  const save = useCallback((next: Stored) => keep(STORAGE_KEY, next.sameDevice || next.remote ? JSON.stringify({ ...next, draftId }) : null), [draftId]);
  // What was kept for another file goes (its helper's name included).
  useEffect(() => {
    if (draftId && raw !== null && keptHelp.draftId !== draftId) keep(STORAGE_KEY, null);
  }, [draftId, raw, keptHelp]);

  const remote = stored.remote;
  const sessionId = remote?.sessionId ?? null;
  // The live state, only for the session it came from: another session (or none) starts with nothing.
  const [live, setLive] = useState<{ sessionId: string; state: SessionState } | null>(null);
  const session = live && live.sessionId === sessionId ? live.state : null;
  const setSession = useCallback((next: SessionState | null) => setLive(next && sessionId ? { sessionId, state: next } : null), [sessionId]);

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
        setLive({ sessionId, state: next });
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
      kioskHelper,
      passPhone: (helper) => {
        save({ ...stored, sameDevice: helper });
        // A kiosk volunteer helps many people a day: they say who they are once, until the device is cleared.
        if (readStored(KIOSK_KEY) === "1") keep(KIOSK_HELPER_KEY, JSON.stringify(helper));
      },
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
      endAll: async () => {
        streamStop.current?.();
        if (remote) await act(helpUrls.end).catch(() => undefined);
        setSession(null);
        save(NO_HELP);
      },
      reportPresence,
      keepAlive: () => void act(helpUrls.keepAlive).catch(() => undefined),
      show: (questionId) => act(helpUrls.show, { questionId }),
    }),
    [stored, remote, session, setSession, save, act, draftId, token, reportPresence, register, kioskHelper],
  );
  return <HelpContext.Provider value={value}>{children}</HelpContext.Provider>;
}

export function useHelp(): HelpContextValue {
  const context = useContext(HelpContext);
  if (!context) throw new Error("useHelp must be used inside HelpProvider");
  return context;
}
