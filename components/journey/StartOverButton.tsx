"use client";
// After sending: forget this file on the device and start a new one (a shared phone, a family member).
import { useRouter } from "next/navigation";
import { useTranslation } from "react-i18next";
import { useDraft } from "@/components/draft/DraftProvider";
import { stepHref } from "@/lib/routes";
import { START } from "@/lib/questionnaire/engine";

export function StartOverButton() {
  const { t, i18n } = useTranslation();
  const { startOver } = useDraft();
  const router = useRouter();
  return (
    <button
      type="button"
      className="button button--secondary"
      onClick={async () => {
        await startOver();
        router.push(stepHref(i18n.language, START));
      }}
    >
      {t("confirmation.newFile")}
    </button>
  );
}
