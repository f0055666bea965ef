"use client";
// Clearing a shared device without losing anything: the clear erases nothing while answers are not on the server
// yet. It then says how many, and completes by itself as soon as a sync run gets them there (the sync retries on
// its own, and at once with "Try again"), unless the person chose to keep the device as it is.
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "@/components/i18n/useTranslation";
import { useDraft } from "@/components/draft/DraftProvider";
import { useHelp } from "@/components/help/HelpProvider";

export type ClearState =
  | { step: "ready" }
  | { step: "clearing" }
  /** `trying`: a new attempt is under way. */
  | { step: "waiting"; unsaved: number; trying: boolean }
  /** The person chose to keep the device as it is: nothing was erased, and nothing will be without a new request. */
  | { step: "kept" };

export function useDeviceClear() {
  const { i18n } = useTranslation();
  const { wipe, sync } = useDraft();
  const { endAll } = useHelp();
  const [state, setState] = useState<ClearState>({ step: "ready" });
  const running = useRef(false);
  // Set by "keep": an attempt under way at that moment must not clear the device when it ends.
  const cancelled = useRef(false);

  const clear = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    cancelled.current = false;
    setState((now) => (now.step === "waiting" ? { ...now, trying: true } : { step: "clearing" }));
    // The help ends only once the device is sure to be erased (with the file's token, before it goes).
    const result = await wipe({ beforeErase: endAll, shouldErase: () => !cancelled.current });
    running.current = false;
    // A new page load: nothing of the person stays in this page's memory either; the start page is the next person's.
    if (result.cleared) window.location.replace(`/${i18n.language}`);
    else if (!cancelled.current) setState({ step: "waiting", unsaved: result.unsaved, trying: false });
  }, [wipe, endAll, i18n.language]);

  const keep = useCallback(() => {
    cancelled.current = true;
    setState({ step: "kept" });
  }, []);

  // Each sync run that gets everything to the server completes a clear that was waiting for it.
  const waiting = state.step === "waiting";
  const synced = sync === "synced";
  useEffect(() => {
    if (waiting && synced) void clear();
  }, [waiting, synced, clear]);

  return { state, clear, keep };
}
