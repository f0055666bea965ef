"use client";
// One question on its own screen: where it sits in the file, Back, the form, and where Continue leads.
import { useSearchParams } from "next/navigation";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { Guidance } from "@/components/help/Guidance";
import { QuickHide } from "@/components/kiosk/QuickHide";
import { useHelp } from "@/components/help/HelpProvider";
import { useTranslation } from "react-i18next";
import { QuestionForm } from "@/components/questions/QuestionForm";
import { answersOf } from "@/lib/drafts/model";
import { CHECK, findQuestion, firstIncomplete, nextStep, previousStep, progress, visibleQuestions } from "@/lib/questionnaire/engine";
import { questionnaire } from "@/lib/questionnaire/definition";
import { sectionTitleKey } from "@/lib/questionnaire/keys";
import type { AnswerValue } from "@/lib/questionnaire/types";
import { RETURN_PARAM, RETURN_TO_CHECK, stepHref } from "@/lib/routes";
import { BackLink } from "./BackLink";
import { Loading } from "./Loading";
import { useJourney } from "./useJourney";

export function QuestionStep({ questionId }: { questionId: string }) {
  const { t } = useTranslation();
  const { t: tq } = useTranslation("questionnaire");
  const returning = useSearchParams().get(RETURN_PARAM) === RETURN_TO_CHECK;
  const { lang, router, draft, answers } = useJourney(questionId);
  const help = useHelp();
  const { reportPresence } = help;
  const helped = help.session?.status === "active";
  // Where the person is, once per question (and again when a helper is accepted).
  useEffect(() => {
    if (helped) reportPresence(questionId);
  }, [questionId, helped, reportPresence]);
  const question = findQuestion(questionnaire, questionId);
  // The questions asked when the person arrived: autosave changes answers while they type, and a change from
  // the check page must be compared with what was asked before it.
  const askedOnArrival = useRef<Set<string> | null>(null);
  if (answers && !askedOnArrival.current) askedOnArrival.current = new Set(visibleQuestions(questionnaire, answers).map((q) => q.id));
  // A helper typing on their own device changes the answer under the person's eyes: show it.
  const entry = draft.state.status === "ready" ? draft.state.draft.entries[questionId] : undefined;
  const ownChange = useRef(0);
  const remoteVersion = help.session?.mode === "helper-types" && entry && entry.changedAt !== ownChange.current ? entry.changedAt : 0;
  if (!answers || !question) return <Loading />;
  const where = progress(questionnaire, answers, questionId);

  const save = async (value: AnswerValue | undefined) => {
    const before = askedOnArrival.current ?? new Set<string>();
    // Continue commits the answer. Committing an answer already committed records nothing (the store's rule): it
    // must not take the authorship of an answer a helper typed, nor add a line to the log.
    const after = answersOf((await draft.saveAnswer(questionId, value, { commit: true, author: help.author })).entries);
    if (!returning) return router.push(stepHref(lang, nextStep(questionnaire, after, questionId)));
    // Coming from "check your answers": go back there, unless the change opened a question that needs an answer.
    const next = nextStep(questionnaire, after, questionId);
    if (next !== CHECK && !before.has(next)) return router.push(stepHref(lang, next, true));
    const missing = firstIncomplete(questionnaire, after);
    router.push(stepHref(lang, missing, missing !== CHECK));
  };

  return (
    <QuickHide enabled={Boolean(question.sensitive)}>
      <BackLink href={returning ? stepHref(lang, CHECK) : stepHref(lang, previousStep(questionnaire, answers, questionId))} />
      {where && (
        <p className="caption">
          <span className="caption__section">{tq(sectionTitleKey(where.section))}</span>
          <span className="caption__progress">{t("progress", { step: where.step, total: where.total })}</span>
        </p>
      )}
      <QuestionForm
        key={`${questionId}-${remoteVersion}`}
        question={question}
        answers={answers}
        onSave={save}
        onAutosave={(value, commit) => draft.saveAnswer(questionId, value, { commit, author: help.author }).then((saved) => {
            ownChange.current = saved.entries[questionId]?.changedAt ?? ownChange.current;
          })}
      />
      {help.sameDevice && <Guidance questionId={questionId} />}
      <p className="later-link">
        <Link href={`/${lang}/resume`}>{t("resume.linkFromQuestion")}</Link>
      </p>
    </QuickHide>
  );
}
