"use client";
// "Correct my file": the only way back to sending. It re-opens the file on this device and goes to the answers.
import { useRouter } from "@/components/navigation/useRouter";
import { useTranslation } from "@/components/i18n/useTranslation";
import { useDraft } from "@/components/draft/DraftProvider";
import type { SentRecord } from "@/lib/drafts/store";
import { CHECK } from "@/lib/questionnaire/engine";
import { stepHref } from "@/lib/routes";

export function CorrectButton({ sent }: { sent: SentRecord }) {
  const { t, i18n } = useTranslation();
  const { setSent } = useDraft();
  const router = useRouter();
  return (
    <button
      type="button"
      className="button button--secondary"
      // Storage failures are handled inside (the draft moves to memory): nothing here is expected to reject.
      onClick={() => void setSent({ ...sent, correcting: true }).then(() => router.push(stepHref(i18n.language, CHECK)))}
    >
      {t("sent.correct")}
    </button>
  );
}
