"use client";
// The form of one question: validation with the question's zod schema, error summary, words explained, "why" and "who".
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useEffect, useMemo, useRef, useState } from "react";
import { FormProvider, useForm, type FieldErrors } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { ErrorSummary, type SummaryError } from "@/components/form/ErrorSummary";
import { ANSWER_ID, partId } from "@/components/form/fieldIds";
import { Glossary } from "@/components/glossary/Glossary";
import { FrenchTerms } from "@/components/i18n/FrenchTerms";
import { ListenButton } from "@/components/readAloud/ListenButton";
import { questionnaire } from "@/lib/questionnaire/definition";
import { emptyAnswerToStore, startingAnswer } from "@/lib/questionnaire/engine";
import { errorParams } from "@/lib/questionnaire/errors";
import { hintKey, labelKey, whoKey, whyKey } from "@/lib/questionnaire/keys";
import { isEmptyAnswer, schemaFor } from "@/lib/questionnaire/schemas";
import type { AnswerValue, Answers, Question } from "@/lib/questionnaire/types";
import { AfterHeading } from "./afterHeading";
import { answerFieldOf, formSchema, initialValues } from "./registry";
import { SaveIndicator } from "./SaveIndicator";
import { useAutosave } from "./useAutosave";
import type { FormValues } from "./types";
import { KEEP_FRENCH_MARKS } from "@/lib/i18n/frenchTerms";

interface Props {
  question: Question;
  answers: Answers;
  onSave: (value: AnswerValue | undefined) => Promise<void>;
  /** Called as the person types; `commit` says it is time to send it to the server (and it passes its schema). */
  onAutosave: (value: AnswerValue | undefined, commit: boolean) => Promise<void>;
  /** Who else sees the answer for now (a helper while help lasts), added to "Who will see my answer?". */
  alsoSeenBy?: string;
  /** Drawn before the device's draft is read (inert): the page's own title stands, nothing is set from here. */
  drawnOnly?: boolean;
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

export function QuestionForm({ question, answers, onSave, onAutosave, alsoSeenBy, drawnOnly = false }: Props) {
  const { t, i18n } = useTranslation();
  const { t: tq } = useTranslation("questionnaire");
  const { t: tp } = useTranslation("privacy");
  const { t: te } = useTranslation("errors");
  const schema = useMemo(() => formSchema(question), [question]);
  // Read once, when the question opens: what earlier answers said is ticked, and stays the person's to change.
  const [starting] = useState(() => startingAnswer(questionnaire, answers, question));
  const form = useForm<FormValues>({
    resolver: zodResolver(schema),
    defaultValues: initialValues(question, starting.value),
    shouldFocusError: false,
  });
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const answerSchema = useMemo(() => schemaFor(question), [question]);
  // Unticking everything that earlier answers ticked is kept as an empty list, so it is not ticked again on return.
  const leftEmpty = () => emptyAnswerToStore(questionnaire, answers, question);
  const autosave = useAutosave(form, answerSchema, (value, commit) => onAutosave(value ?? leftEmpty(), commit));
  const label = tq(labelKey(question));
  const markedLabel = tq(labelKey(question), KEEP_FRENCH_MARKS);
  const problem = firstError(form.formState.errors);
  const message = problem ? te(problem.key, errorParams(question, problem.key)) : undefined;
  const entry = answerFieldOf(question);
  const Field = entry.component;

  const target = problem?.part ? partId(problem.part) : (entry.target?.(question) ?? ANSWER_ID);
  const summary: SummaryError[] = message ? [{ target, message }] : [];

  // The title says there is an error first, so it is the first thing a screen reader user hears.
  useEffect(() => {
    if (drawnOnly) return;
    const title = t("pageTitle", { title: label });
    document.title = message ? `${t("errorTitlePrefix")} ${title}` : title;
  }, [message, label, t, drawnOnly]);

  const submit = form.handleSubmit(
    async ({ answer }) => onSave(isEmptyAnswer(answer) ? leftEmpty() : (answer as AnswerValue)),
    () => setAttempt((n) => n + 1),
  );

  return (
    <FormProvider {...form}>
      {/* POST: a form sent before scripts run, or without them, never puts an answer in the address (issue 13). */}
      <form
        ref={formRef}
        method="post"
        noValidate
        onSubmit={(event) => {
          entry.beforeSubmit?.(form);
          // onSave does not reject: the device's storage failures move the draft to memory, and the helper's
          // screen keeps its network failures to itself (HelperLive).
          void submit(event);
        }}
      >
        <ErrorSummary errors={summary} attempt={attempt} />
        <AfterHeading
          value={
            <>
              <ListenButton target={formRef} />
              {starting.prefilled && (
                <p className="notice" data-read-aloud>
                  {t("redundantEntry.prefilled")}
                </p>
              )}
            </>
          }
        >
          <Field question={question} label={markedLabel} hint={tq(hintKey(question), KEEP_FRENCH_MARKS)} error={message} errorPart={problem?.part} answers={answers} />
        </AfterHeading>
        <div className="form-actions">
          <button type="submit" className="button" disabled={form.formState.isSubmitting}>
            {t("continue")}
          </button>
          <SaveIndicator state={autosave} />
        </div>
        {/* What helps with the question comes after Continue, so Continue is in view on a phone without scrolling. */}
        <Glossary terms={question.glossary} />
        <details className="details">
          <summary data-read-aloud>{t("why")}</summary>
          <p data-read-aloud>
            <FrenchTerms text={tq(whyKey(question), KEEP_FRENCH_MARKS)} />
          </p>
        </details>
        <details className="details">
          <summary data-read-aloud>{t("who")}</summary>
          <p data-read-aloud>
            <FrenchTerms text={tq(whoKey(question), KEEP_FRENCH_MARKS)} /> {alsoSeenBy && `${alsoSeenBy} `}
            <Link href={`/${i18n.language}/privacy`}>{tp("whoLink")}</Link>
          </p>
        </details>
      </form>
    </FormProvider>
  );
}
