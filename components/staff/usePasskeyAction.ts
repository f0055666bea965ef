"use client";
// Runs one passkey ceremony from a button: busy while the browser prompt is open, the problem if it fails.
import { useState } from "react";
import type { Outcome, StaffProblem } from "@/lib/staff/api";

export function usePasskeyAction<T>(ceremony: () => Promise<Outcome<T>>, onDone: (value: T) => void) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ problem: StaffProblem; attempt: number } | null>(null);
  const run = async () => {
    setBusy(true);
    const outcome = await ceremony();
    if (outcome.ok) {
      onDone(outcome.value);
      return;
    }
    setBusy(false);
    setFailure((previous) => ({ problem: outcome.problem, attempt: (previous?.attempt ?? 0) + 1 }));
  };
  return { busy, failure, run };
}
