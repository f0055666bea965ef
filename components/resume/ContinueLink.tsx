"use client";
// Back to the first question still to answer.
import Link from "next/link";
import { useTranslation } from "@/components/i18n/useTranslation";
import { useDraft } from "@/components/draft/DraftProvider";
import { firstIncomplete } from "@/lib/questionnaire/engine";
import { questionnaire } from "@/lib/questionnaire/definition";
import { stepHref } from "@/lib/routes";

export function ContinueLink() {
  const { t, i18n } = useTranslation();
  const { state } = useDraft();
  if (state.status !== "ready") return null;
  return (
    <p className="no-print standalone-link">
      <Link href={stepHref(i18n.language, firstIncomplete(questionnaire, state.answers))}>{t("resume.continue")}</Link>
    </p>
  );
}
