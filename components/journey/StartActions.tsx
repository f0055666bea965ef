"use client";
// The start button: begins the file, or picks it up where the person left it on this device; once the file is
// sent, says so and leads to the person's copy instead.
import Link from "next/link";
import { useTranslation } from "@/components/i18n/useTranslation";
import { useDraft } from "@/components/draft/DraftProvider";
import { SentNotice } from "@/components/myFile/SentNotice";
import { START, firstIncomplete, nextStep } from "@/lib/questionnaire/engine";
import { questionnaire } from "@/lib/questionnaire/definition";
import { stepHref } from "@/lib/routes";

export function StartActions() {
  const { t, i18n } = useTranslation();
  const { state } = useDraft();
  const answers = state.status === "loading" ? {} : state.answers;
  const sent = state.status === "ready" ? state.draft.sent : undefined;
  if (sent && !sent.correcting) return <SentNotice sent={sent} />;
  const resuming = Object.keys(answers).length > 0;
  const href = stepHref(i18n.language, resuming ? firstIncomplete(questionnaire, answers) : nextStep(questionnaire, answers, START));
  return (
    <>
      <Link className="button button--start" href={href}>
        {t(resuming ? "start.resumeButton" : "start.button")}
      </Link>
      {resuming && (
        <p className="standalone-link">
          <Link prefetch={false} href={`/${i18n.language}/tasks`}>{t("tasks.linkFromStart")}</Link>
        </p>
      )}
    </>
  );
}
