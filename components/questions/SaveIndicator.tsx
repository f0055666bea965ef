"use client";
// "Saved" next to Continue. Only a failure is announced: announcing every pause in typing would drown screen reader
// users, but "Not saved" is what they must not miss (issue 13). The live region is always on the page, so the
// words put in it are read.
import { useTranslation } from "@/components/i18n/useTranslation";
import type { AutosaveState } from "./useAutosave";

export function SaveIndicator({ state }: { state: AutosaveState }) {
  const { t } = useTranslation();
  const failed = state === "failed";
  return (
    <>
      {(state === "saving" || state === "saved") && <p className={`save-indicator save-indicator--${state}`}>{t(`autosave.${state}`)}</p>}
      <p className={failed ? "save-indicator save-indicator--failed" : "visually-hidden"} role="status">
        {failed ? t("autosave.failed") : ""}
      </p>
    </>
  );
}
