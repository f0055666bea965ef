"use client";
// "Check your answers": the whole file, a change link per answer, then consent and Send.
import Link from "next/link";
import { useRef } from "react";
import { helpedAnswers, useAnswerLog } from "@/components/help/useAnswerLog";
import { useTranslation } from "react-i18next";
import { BackLink } from "@/components/journey/BackLink";
import { Loading } from "@/components/journey/Loading";
import { useFocusAfterNavigation } from "@/components/journey/useFocusAfterNavigation";
import { useJourney } from "@/components/journey/useJourney";
import { CHECK, previousStep } from "@/lib/questionnaire/engine";
import { questionnaire } from "@/lib/questionnaire/definition";
import { stepHref } from "@/lib/routes";
import { AnswerSummary } from "./AnswerSummary";
import { SendForm } from "./SendForm";

export function CheckAnswers() {
  const { t } = useTranslation();
  const { lang, draft, answers } = useJourney(CHECK);
  const log = useAnswerLog();
  if (!answers || draft.state.status === "loading") return <Loading />;
  return (
    <>
      <BackLink href={stepHref(lang, previousStep(questionnaire, answers, CHECK))} />
      <CheckHeading text={t("check.title")} />
      <p className="lead">{t("check.intro")}</p>
      <AnswerSummary answers={answers} helped={log.status === "ready" ? helpedAnswers(log.log) : {}} />
      <p>
        <Link href={`/${lang}/history`}>{t("history.link")}</Link>
      </p>
      <SendForm draftId={draft.state.draft.id} answers={answers} />
    </>
  );
}

function CheckHeading({ text }: { text: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useFocusAfterNavigation(ref);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {text}
    </h1>
  );
}
