"use client";
// Before a kiosk is cleared: the person takes their resume code (print or photo), then nothing of them stays.
import { useTranslation } from "react-i18next";
import { useDraft } from "@/components/draft/DraftProvider";
import { ResumeCodePanel } from "@/components/resume/ResumeCodePanel";

export function KioskEnd() {
  const { t, i18n } = useTranslation();
  const { wipe } = useDraft();
  return (
    <>
      <h1>{t("kiosk.end.title")}</h1>
      <p>{t("kiosk.end.intro")}</p>
      <ResumeCodePanel />
      <button
        type="button"
        className="button no-print"
        onClick={async () => {
          await wipe();
          window.location.replace(`/${i18n.language}`);
        }}
      >
        {t("kiosk.end.clear")}
      </button>
    </>
  );
}
