"use client";
// The button that clears a kiosk (at the end of a file, or once it is sent), and what the clear says while it
// works, when it has to wait for the server, and when the person chose to keep the device as it is.
import { useEffect, useRef } from "react";
import { useTranslation } from "@/components/i18n/useTranslation";
import { UnsavedAnswers } from "./UnsavedAnswers";
import { useDeviceClear } from "./useDeviceClear";

export function ClearButton({ label }: { label: string }) {
  const { t } = useTranslation();
  const { state, clear, keep } = useDeviceClear();
  const button = useRef<HTMLButtonElement>(null);
  // Keeping the device closes the message that had focus: focus comes back to the button.
  const kept = state.step === "kept";
  useEffect(() => {
    if (kept) button.current?.focus();
  }, [kept]);
  return (
    <>
      <p role="status" className="no-print">
        {state.step === "clearing" ? t("kiosk.clearing") : kept ? t("kiosk.unsaved.kept") : ""}
      </p>
      {state.step === "waiting" ? (
        <UnsavedAnswers unsaved={state.unsaved} trying={state.trying} onRetry={() => void clear()} onKeep={keep} />
      ) : (
        <p className="no-print">
          <button ref={button} type="button" className="button" disabled={state.step === "clearing"} onClick={() => void clear()}>
            {label}
          </button>
        </p>
      )}
    </>
  );
}
