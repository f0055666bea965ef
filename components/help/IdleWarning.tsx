"use client";
// Before a help session ends for lack of activity, both screens say so and offer to carry on (WCAG 2.2.1: no
// time limit without a warning and a simple way to extend it).
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { IDLE_WARNING_SECONDS, type SessionState } from "@/lib/handoff/protocol";

export function IdleWarning({ state, onKeepAlive }: { state: SessionState; onKeepAlive(): void }) {
  const { t } = useTranslation();
  const [deadline, setDeadline] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  // Each new state from the server (a new object, even with the same figures) restarts the count from its arrival.
  useEffect(() => {
    setDeadline(state.idleSecondsLeft === null ? null : Date.now() + state.idleSecondsLeft * 1000);
    setNow(Date.now());
  }, [state]);
  useEffect(() => {
    if (deadline === null) return;
    const timer = setInterval(() => setNow(Date.now()), 5000);
    return () => clearInterval(timer);
  }, [deadline]);

  if (deadline === null) return null;
  const left = Math.max(0, Math.ceil((deadline - now) / 1000));
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
