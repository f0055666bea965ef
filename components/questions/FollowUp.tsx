"use client";
// A question asked on another question's screen, under its answer (issue 14): the last name under the first name,
// the times to call under "by phone", revealed as the person ticks it (GOV.UK's conditionally revealed question). It
// has its own form, schema, autosave and ids, so it is checked and saved as the question it is; the screen's Continue
// checks it with the rest, and its problem joins the screen's error summary.
import { useEffect, useMemo } from "react";
import { FormProvider } from "react-hook-form";
import { useTranslation } from "@/components/i18n/useTranslation";
import type { SummaryError } from "@/components/form/ErrorSummary";
import { FieldIdsContext, fieldIds } from "@/components/form/fieldIds";
import { KEEP_FRENCH_MARKS } from "@/lib/i18n/frenchTerms";
import { hintKey, labelKey } from "@/lib/questionnaire/keys";
import type { AnswerValue, Answers, Question } from "@/lib/questionnaire/types";
import { AfterHeading } from "./afterHeading";
import { useAnswerForm } from "./useAnswerForm";
import type { AutosaveState } from "./useAutosave";

/** What Continue learns from a follow-up: whether its answer passes its schema, and the answer as the form holds it. */
export interface FollowUpHandle {
  check(): Promise<{ ok: boolean; answer: unknown }>;
}

/** What the screen shows for a follow-up: its problem in the error summary, and its saving beside Continue. */
export interface FollowUpReport {
  problem: SummaryError | null;
  autosave: AutosaveState;
}

interface Props {
  question: Question;
  answers: Answers;
  onAutosave: (questionId: string, value: AnswerValue | undefined, commit: boolean) => Promise<void>;
  /** Given while the follow-up is shown, taken back (null) once it is hidden. Both must keep their identity. */
  onHandle: (questionId: string, handle: FollowUpHandle | null) => void;
  onReport: (questionId: string, report: FollowUpReport | null) => void;
}

export function FollowUp({ question, answers, onAutosave, onHandle, onReport }: Props) {
  const { t: tq } = useTranslation("questionnaire");
  const ids = useMemo(() => fieldIds(question.id), [question.id]);
  const { form, autosave, problem, message, target, entry } = useAnswerForm(question, answers, ids, (value, commit) => onAutosave(question.id, value, commit));
  const Field = entry.component;

  useEffect(() => {
    onHandle(question.id, {
      check: () => {
        entry.beforeSubmit?.(form);
        return new Promise((resolve) => {
          void form.handleSubmit(
            ({ answer }) => resolve({ ok: true, answer }),
            () => resolve({ ok: false, answer: undefined }),
          )();
        });
      },
    });
    return () => onHandle(question.id, null);
  }, [form, entry, question.id, onHandle]);

  useEffect(() => onReport(question.id, { problem: message ? { target, message } : null, autosave }), [question.id, message, target, autosave, onReport]);
  useEffect(() => () => onReport(question.id, null), [question.id, onReport]);

  return (
    <FieldIdsContext.Provider value={ids}>
      {/* The Listen button and the prefilled notice belong to the screen's question alone. */}
      <AfterHeading.Provider value={null}>
        <FormProvider {...form}>
          <Field question={question} label={tq(labelKey(question), KEEP_FRENCH_MARKS)} hint={tq(hintKey(question), KEEP_FRENCH_MARKS)} error={message} errorPart={problem?.part} answers={answers} />
        </FormProvider>
      </AfterHeading.Provider>
    </FieldIdsContext.Provider>
  );
}
