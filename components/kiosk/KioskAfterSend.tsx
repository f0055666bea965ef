"use client";
// On a kiosk, once the file is sent: how to see it again later (the resume code opens the sent file, here or at
// home), printable, then "Finish" clears the device; without any action it clears itself after an announced delay
// (the kiosk's inactivity warning comes sooner once a file is sent: components/kiosk/KioskGuard.tsx).
import { useTranslation } from "@/components/i18n/useTranslation";
import { useDraft } from "@/components/draft/DraftProvider";
import { ResumeCodePanel } from "@/components/resume/ResumeCodePanel";
import { ClearButton } from "./ClearButton";
import { CLEAR_AFTER_SEND_MINUTES } from "./timing";
import { useKiosk } from "./useKiosk";

export function KioskAfterSend() {
  const { t } = useTranslation();
  const kiosk = useKiosk();
  const { state } = useDraft();
  if (!kiosk || state.status !== "ready" || !state.draft.sent) return null;
  return (
    <section className="kiosk-after-send" aria-labelledby="kiosk-after-send-title">
      <h2 id="kiosk-after-send-title">{t("kiosk.afterSend.title")}</h2>
      <p>{t("kiosk.afterSend.howTo", { link: t("resume.linkFromStart") })}</p>
      <ResumeCodePanel />
      <p className="no-print">{t("kiosk.afterSend.auto", { count: CLEAR_AFTER_SEND_MINUTES })}</p>
      <ClearButton label={t("kiosk.afterSend.finish")} />
    </section>
  );
}
