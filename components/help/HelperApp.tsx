"use client";
// The helper page: join with the person's code, wait for their consent, then help live.
import { useMemo, useSyncExternalStore } from "react";
import { keep, kept, onKept } from "@/lib/deviceStorage";
import { HelperJoin, type HelperSession } from "./HelperJoin";
import { HelperLive } from "./HelperLive";

const KEY = "relais-helper-session";

const readSession = () => kept(KEY, "session");

function parseSession(saved: string | null): HelperSession | null {
  if (!saved) return null;
  try {
    return JSON.parse(saved) as HelperSession;
  } catch {
    return null;
  }
}

export function HelperApp() {
  // The session this tab joined, kept for a reload (not where the browser refuses storage: then it lasts as long as
  // the page). Read after hydration: the server's page is the join form.
  const saved = useSyncExternalStore(onKept, readSession, () => null);
  const session = useMemo(() => parseSession(saved), [saved]);
  if (!session) return <HelperJoin onJoined={(joined) => keep(KEY, JSON.stringify(joined), "session")} />;
  return <HelperLive session={session} onLeave={() => keep(KEY, null, "session")} />;
}
