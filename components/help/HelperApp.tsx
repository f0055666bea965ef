"use client";
// The helper page: join with the person's code, wait for their consent, then help live.
import { useEffect, useState } from "react";
import { HelperJoin, type HelperSession } from "./HelperJoin";
import { HelperLive } from "./HelperLive";

const KEY = "relais-helper-session";

export function HelperApp() {
  const [session, setSession] = useState<HelperSession | null>(null);
  useEffect(() => {
    const saved = sessionStorage.getItem(KEY);
    if (saved) setSession(JSON.parse(saved) as HelperSession);
  }, []);
  if (!session) {
    return (
      <HelperJoin
        onJoined={(joined) => {
          sessionStorage.setItem(KEY, JSON.stringify(joined));
          setSession(joined);
        }}
      />
    );
  }
  return (
    <HelperLive
      session={session}
      onLeave={() => {
        sessionStorage.removeItem(KEY);
        setSession(null);
      }}
    />
  );
}
