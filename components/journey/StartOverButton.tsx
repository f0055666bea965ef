"use client";
// After sending: forget this file on the device and start a new one (a shared phone, a family member). A kiosk
// clears itself instead, everything of the person with it (components/kiosk/KioskAfterSend.tsx).
import { useRouter } from "@/components/navigation/useRouter";
import { useTranslation } from "@/components/i18n/useTranslation";
import { useDraft } from "@/components/draft/DraftProvider";
import { useKiosk } from "@/components/kiosk/useKiosk";
import { stepHref } from "@/lib/routes";
import { START } from "@/lib/questionnaire/engine";

export function StartOverButton() {
  const { t, i18n } = useTranslation();
  const { startOver } = useDraft();
  const router = useRouter();
  const kiosk = useKiosk();
  if (kiosk) return null;
  return (
    <button
      type="button"
      className="button button--secondary"
      // Storage failures are handled inside (the draft moves to memory): nothing here is expected to reject.
      onClick={() => void startOver().then(() => router.push(stepHref(i18n.language, START)))}
    >
      {t("confirmation.newFile")}
    </button>
  );
}
