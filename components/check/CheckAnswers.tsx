"use client";
// "Check your answers": the whole file, a change link per answer, then agency, consent and Send; once sent, the
// sent state and "Correct my file" instead, so nothing offers to send again by accident.
import Link from "next/link";
import { useEffect, useState } from "react";
import { helpedAnswers, useAnswerLog } from "@/components/help/useAnswerLog";
import { useTranslation } from "@/components/i18n/useTranslation";
import { BackLink } from "@/components/journey/BackLink";
import { changeFromCheck } from "@/components/journey/changeFromCheck";
import { Loading } from "@/components/journey/Loading";
import { StepHeading } from "@/components/journey/StepHeading";
import { useJourney } from "@/components/journey/useJourney";
import { CorrectButton } from "@/components/myFile/CorrectButton";
import { SentNotice, sentSentence } from "@/components/myFile/SentNotice";
import { CHECK, previousStep } from "@/lib/questionnaire/engine";
import { questionnaire } from "@/lib/questionnaire/definition";
import { stepHref } from "@/lib/routes";
import { AnswerSummary } from "./AnswerSummary";
import { SendForm, type AnswerProblem } from "./SendForm";

export function CheckAnswers() {
  const { t } = useTranslation();
  const { lang, draft, answers } = useJourney(CHECK);
  const log = useAnswerLog();
  const [problems, setProblems] = useState<AnswerProblem[]>([]);
  // Back here by any way (the Back link during a change, say): the next change starts from what is asked now.
  useEffect(() => changeFromCheck.ended(), []);
  if (!answers || draft.state.status === "loading") return <Loading />;
  const sent = draft.state.draft.sent;
  const helped = log.status === "ready" ? helpedAnswers(log.log) : {};
  const closed = sent !== undefined && !sent.correcting;
  return (
    <>
      <BackLink href={stepHref(lang, previousStep(questionnaire, answers, CHECK))} />
      <StepHeading text={t("check.title")} />
      {closed ? (
        <>
          <SentNotice sent={sent} />
          <p>{t("sent.correctHint")}</p>
          <CorrectButton sent={sent} />
        </>
      ) : (
        <p className="lead">{sent ? `${sentSentence(t, sent, lang)} ${t("sent.correcting")}` : t("check.intro")}</p>
      )}
      <AnswerSummary
        answers={answers}
        helped={helped}
        readOnly={closed}
        problems={Object.fromEntries(problems.map((p) => [p.question, p.message]))}
      />
      <p className="standalone-link">
        <Link prefetch={false} href={`/${lang}/history`}>{t("history.link")}</Link>
      </p>
      {!closed && <SendForm sentAgency={sent?.agency} problems={problems} onProblems={setProblems} />}
    </>
  );
}
