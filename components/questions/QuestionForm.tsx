"use client";
// The form of one question: validation with the question's zod schema, error summary, words explained, "why" and "who".
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useMemo, useRef, useState } from "react";
import { FormProvider, useForm, type FieldErrors } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ErrorSummary, type SummaryError } from "@/components/form/ErrorSummary";
import { ANSWER_ID, partId } from "@/components/form/fieldIds";
import { Glossary } from "@/components/glossary/Glossary";
import { ListenButton } from "@/components/readAloud/ListenButton";
import { errorParams } from "@/lib/questionnaire/errors";
import { hintKey, labelKey, whoKey, whyKey } from "@/lib/questionnaire/keys";
import { isEmptyAnswer, schemaFor } from "@/lib/questionnaire/schemas";
import type { AnswerValue, Answers, JobSearchValue, Question } from "@/lib/questionnaire/types";
import { JOB_QUERY } from "./JobSearchField";
import { answerTypes, initialValue } from "./registry";
import { SaveIndicator } from "./SaveIndicator";
import { useAutosave } from "./useAutosave";
import type { FormValues } from "./types";

interface Props {
  question: Question;
  answers: Answers;
  onSave(value: AnswerValue | undefined): Promise<void>;
  /** Called as the person types; `commit` says it is time to send it to the server (and it passes its schema). */
  onAutosave(value: AnswerValue | undefined, commit: boolean): Promise<void>;
}

/** The first problem of the answer: its key and, for a date, which part is wrong. */
function firstError(errors: FieldErrors<FormValues>): { key: string; part?: string } | null {
  const error = errors.answer as (FieldErrors & { message?: string }) | undefined;
  if (!error) return null;
  if (typeof error.message === "string") return { key: error.message };
  for (const part of ["day", "month", "year"]) {
    const message = (error[part] as { message?: string } | undefined)?.message;
    if (message) return { key: message, part };
  }
  return { key: "choice.unknown" };
}

export function QuestionForm({ question, answers, onSave, onAutosave }: Props) {
  const { t } = useTranslation();
  const { t: tq } = useTranslation("questionnaire");
  const { t: te } = useTranslation("errors");
  const schema = useMemo(() => z.object({ answer: schemaFor(question) }), [question]);
  const form = useForm<FormValues & { [JOB_QUERY]: string }>({
    resolver: zodResolver(schema) as never,
    defaultValues: { answer: initialValue(question, answers[question.id]), [JOB_QUERY]: "" },
    shouldFocusError: false,
  });
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const answerSchema = useMemo(() => schemaFor(question), [question]);
  const autosave = useAutosave(form as never, answerSchema, onAutosave);
  const label = tq(labelKey(question));
  const problem = firstError(form.formState.errors);
  const message = problem ? te(problem.key, errorParams(question, problem.key)) : undefined;
  const Field = answerTypes[question.type].component as React.ComponentType<import("./types").AnswerFieldProps>;

  const target = problem?.part
    ? partId(problem.part)
    : question.type === "date"
      ? partId(question.precision === "day" ? "day" : "month")
      : ANSWER_ID;
  const summary: SummaryError[] = message ? [{ target, message }] : [];

  // The title says there is an error first, so it is the first thing a screen reader user hears.
  useEffect(() => {
    const title = t("pageTitle", { title: label });
    document.title = message ? `${t("errorTitlePrefix")} ${title}` : title;
  }, [message, label, t]);

  const submit = form.handleSubmit(
    async ({ answer }) => onSave(isEmptyAnswer(answer) ? undefined : (answer as AnswerValue)),
    () => setAttempt((n) => n + 1),
  );

  return (
    <FormProvider {...form}>
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => {
          // Words typed in the job search but not added yet are kept as the person's own words.
          const typed = (form.getValues(JOB_QUERY) ?? "").trim();
          if (question.type === "jobSearch" && typed !== "") {
            const value = form.getValues("answer") as JobSearchValue;
            form.setValue("answer", { ...value, jobs: [...value.jobs, { text: typed }] });
            form.setValue(JOB_QUERY, "");
          }
          void submit(event);
        }}
      >
        <ErrorSummary errors={summary} attempt={attempt} />
        <ListenButton target={formRef} />
        <Field question={question as never} label={label} hint={tq(hintKey(question))} error={message} errorPart={problem?.part} answers={answers} />
        <Glossary terms={question.glossary} />
        <details className="details">
          <summary>{t("why")}</summary>
          <p>{tq(whyKey(question))}</p>
        </details>
        <details className="details">
          <summary>{t("who")}</summary>
          <p>{tq(whoKey(question))}</p>
        </details>
        <div className="form-actions">
          <button type="submit" className="button" disabled={form.formState.isSubmitting}>
            {t("continue")}
          </button>
          <SaveIndicator state={autosave} />
        </div>
      </form>
    </FormProvider>
  );
}
