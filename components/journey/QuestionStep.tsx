"use client";
// One question on its own screen: where it sits in the file, Back, the form, and where Continue leads.
import { useSearchParams } from "next/navigation";
import { useTranslation } from "react-i18next";
import { QuestionForm } from "@/components/questions/QuestionForm";
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
  const question = findQuestion(questionnaire, questionId);
  if (!answers || !question) return <Loading />;
  const where = progress(questionnaire, answers, questionId);

  const save = async (value: AnswerValue | undefined) => {
    const before = new Set(visibleQuestions(questionnaire, answers).map((q) => q.id));
    const after = (await draft.saveAnswer(questionId, value)).answers;
    if (!returning) return router.push(stepHref(lang, nextStep(questionnaire, after, questionId)));
    // Coming from "check your answers": go back there, unless the change opened a question that needs an answer.
    const next = nextStep(questionnaire, after, questionId);
    if (next !== CHECK && !before.has(next)) return router.push(stepHref(lang, next, true));
    const missing = firstIncomplete(questionnaire, after);
    router.push(stepHref(lang, missing, missing !== CHECK));
  };

  return (
    <>
      <BackLink href={returning ? stepHref(lang, CHECK) : stepHref(lang, previousStep(questionnaire, answers, questionId))} />
      {where && (
        <p className="caption">
          <span className="caption__section">{tq(sectionTitleKey(where.section))}</span>
          <span className="caption__progress">{t("progress", { step: where.step, total: where.total })}</span>
        </p>
      )}
      <QuestionForm key={questionId} question={question} answers={answers} onSave={save} />
    </>
  );
}
