"use client";
// Revokes a counsellor or an API key. The button gives way to a status line that takes focus, so keyboard and
// screen reader users are not dropped at the top of the page when the button disappears.
import { useEffect, useRef, useState } from "react";
import { useLaterTexts } from "@/components/i18n/useLaterTexts";
import { revokeApiKey, revokeMember, type StaffProblem } from "@/lib/staff/api";
import { useHydrated } from "./useHydrated";

export function RevokeButton({ kind, id, label, done }: { kind: "member" | "key"; id: string; label: string; done: string }) {
  const { t } = useLaterTexts("staff");
  const hydrated = useHydrated();
  const [state, setState] = useState<{ phase: "idle" | "busy" | "done"; problem: StaffProblem | null }>({ phase: "idle", problem: null });
  const doneRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.phase === "done") doneRef.current?.focus();
  }, [state.phase]);

  const revoke = async () => {
    setState({ phase: "busy", problem: null });
    const outcome = await (kind === "member" ? revokeMember(id) : revokeApiKey(id));
    setState(outcome.ok ? { phase: "done", problem: null } : { phase: "idle", problem: outcome.problem });
  };

  if (state.phase === "done") {
    return (
      <p role="status" tabIndex={-1} ref={doneRef}>
        {done}
      </p>
    );
  }
  return (
    <>
      <button type="button" className="button button--secondary button--small" onClick={() => void revoke()} disabled={!hydrated || state.phase === "busy"}>
        {label}
      </button>
      <span role="status">{state.problem && <span className="error-message">{t(`errors.${state.problem}`)}</span>}</span>
    </>
  );
}
