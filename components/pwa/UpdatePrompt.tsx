"use client";
// A new version of the app waits (the worker never skips waiting on its own) until the person chooses to update:
// answers are saved and sent first, then the new worker takes over and the page reloads once.
import { useSerwist } from "@serwist/next/react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "@/components/i18n/useTranslation";
import { useDraft } from "@/components/draft/DraftProvider";

export function UpdatePrompt() {
  const { t } = useTranslation();
  const { serwist } = useSerwist();
  const { flush } = useDraft();
  const [waiting, setWaiting] = useState(false);
  // Only the update the person asked for reloads the page; the very first install takes control silently.
  const requested = useRef(false);

  useEffect(() => {
    if (!serwist) return;
    const onWaiting = () => setWaiting(true);
    const onControlling = () => requested.current && window.location.reload();
    serwist.addEventListener("waiting", onWaiting);
    serwist.addEventListener("controlling", onControlling);
    return () => {
      serwist.removeEventListener("waiting", onWaiting);
      serwist.removeEventListener("controlling", onControlling);
    };
  }, [serwist]);

  if (!waiting) return null;
  const update = async () => {
    // Autosave writes on blur; give it a moment, then send what waits before the reload.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await flush();
    requested.current = true;
    serwist?.messageSkipWaiting();
  };
  return (
    <div className="banner banner--update" role="region" aria-label={t("update.ready")}>
      <p>{t("update.ready")}</p>
      <button
        type="button"
        className="button button--secondary button--small"
        // flush does not reject: a sync run reports its failures, and storage failures move the draft to memory.
        onClick={() => void update()}
      >
        {t("update.button")}
      </button>
    </div>
  );
}
