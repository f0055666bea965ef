"use client";
// "Check your answers": the whole file, a change link per answer, then consent and Send.
import { useTranslation } from "react-i18next";
import { BackLink } from "@/components/journey/BackLink";
import { Loading } from "@/components/journey/Loading";
import { useJourney } from "@/components/journey/useJourney";
import { CHECK, previousStep } from "@/lib/questionnaire/engine";
import { questionnaire } from "@/lib/questionnaire/definition";
import { stepHref } from "@/lib/routes";
import { AnswerSummary } from "./AnswerSummary";
import { SendForm } from "./SendForm";

export function CheckAnswers() {
  const { t } = useTranslation();
  const { lang, draft, answers } = useJourney(CHECK);
  if (!answers || draft.state.status === "loading") return <Loading />;
  return (
    <>
      <BackLink href={stepHref(lang, previousStep(questionnaire, answers, CHECK))} />
      <h1>{t("check.title")}</h1>
      <p className="lead">{t("check.intro")}</p>
      <AnswerSummary answers={answers} />
      <SendForm draftId={draft.state.draft.id} answers={answers} />
    </>
  );
}
