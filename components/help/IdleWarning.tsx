"use client";
// Before a help session ends for lack of activity, both screens say so and offer to carry on (WCAG 2.2.1: no
// time limit without a warning and a simple way to extend it).
import { useEffect, useState } from "react";
import { useTranslation } from "@/components/i18n/useTranslation";
import { IDLE_WARNING_SECONDS, type SessionState } from "@/lib/handoff/protocol";

export function IdleWarning({ state, onKeepAlive }: { state: SessionState; onKeepAlive: () => void }) {
  const { t } = useTranslation();
  // Each new state from the server (a new object, even with the same figures) restarts the count from its arrival:
  // the seconds gone since are kept with the state they count from, and start again at 0 for a new one.
  const [gone, setGone] = useState({ state, seconds: 0 });
  if (gone.state !== state) setGone({ state, seconds: 0 });
  useEffect(() => {
    if (state.idleSecondsLeft === null) return;
    const arrived = Date.now();
    const timer = setInterval(() => setGone({ state, seconds: (Date.now() - arrived) / 1000 }), 5000);
    return () => clearInterval(timer);
  }, [state]);

  if (state.idleSecondsLeft === null) return null;
  const left = Math.max(0, Math.ceil(state.idleSecondsLeft - gone.seconds));
  if (left > IDLE_WARNING_SECONDS) return null;
  return (
    <div className="idle-warning" role="alert">
      <p>{t("help.idle.warning", { count: Math.max(1, Math.ceil(left / 60)) })}</p>
      <button type="button" className="button button--small" onClick={onKeepAlive}>
        {t("help.idle.keepGoing")}
      </button>
    </div>
  );
}
