"use client";
// "Saved" next to Continue. Not a live region: announcing every pause in typing would drown screen reader users.
import { useTranslation } from "react-i18next";
import type { AutosaveState } from "./useAutosave";

export function SaveIndicator({ state }: { state: AutosaveState }) {
  const { t } = useTranslation();
  if (state === "idle") return null;
  return <p className={`save-indicator save-indicator--${state}`}>{t(`autosave.${state}`)}</p>;
}
