"use client";
// Before a kiosk is cleared: the person takes their resume code (print or photo), then nothing of them stays, once
// the server has every answer (components/kiosk/ClearButton.tsx).
import { useTranslation } from "@/components/i18n/useTranslation";
import { DeleteMyFile } from "@/components/deletion/DeleteMyFile";
import { ResumeCodePanel } from "@/components/resume/ResumeCodePanel";
import { ClearButton } from "./ClearButton";

export function KioskEnd() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("kiosk.end.title")}</h1>
      <p>{t("kiosk.end.intro")}</p>
      <ResumeCodePanel />
      <ClearButton label={t("kiosk.end.clear")} />
      <DeleteMyFile />
    </>
  );
}
