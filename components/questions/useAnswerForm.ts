"use client";
// One answer's form: its zod schema, what it starts with (the saved answer, or what earlier answers already said), its
// autosave, its first problem in words and the control the error summary links to. The screen's question and each
// follow-up asked under it (issue 14) have one each, so each is checked and saved as the question it is.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo, useState } from "react";
import { useForm, type FieldErrors } from "react-hook-form";
import { useTranslation } from "@/components/i18n/useTranslation";
import type { FieldIds } from "@/components/form/fieldIds";
import { questionnaire } from "@/lib/questionnaire/definition";
import { emptyAnswerToStore, startingAnswer } from "@/lib/questionnaire/engine";
import { errorParams } from "@/lib/questionnaire/errors";
import { isEmptyAnswer, schemaFor } from "@/lib/questionnaire/schemas";
import type { AnswerValue, Answers, Question } from "@/lib/questionnaire/types";
import { answerFieldOf, formSchema, initialValues } from "./registry";
import type { FormValues } from "./types";
import { useAutosave, type AutosaveWrite } from "./useAutosave";

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

/** What to store for an answer as the form holds it: itself, or what an empty one is kept as (engine). */
export function answerToStore(question: Question, answers: Answers, answer: unknown): AnswerValue | undefined {
  return isEmptyAnswer(answer) ? emptyAnswerToStore(questionnaire, answers, question) : (answer as AnswerValue);
}

export function useAnswerForm(question: Question, answers: Answers, ids: FieldIds, save: AutosaveWrite) {
  const { t: te } = useTranslation("errors");
  const schema = useMemo(() => formSchema(question), [question]);
  // Read once, when the question opens: what earlier answers said is ticked, and stays the person's to change.
  const [starting] = useState(() => startingAnswer(questionnaire, answers, question));
  const form = useForm<FormValues>({
    resolver: zodResolver(schema),
    defaultValues: initialValues(question, starting.value),
    shouldFocusError: false,
  });
  const answerSchema = useMemo(() => schemaFor(question), [question]);
  // Unticking everything that earlier answers ticked is kept as an empty list, so it is not ticked again on return.
  const autosave = useAutosave(form, answerSchema, (value, commit) => save(answerToStore(question, answers, value), commit));
  const problem = firstError(form.formState.errors);
  const message = problem ? te(problem.key, errorParams(question, problem.key)) : undefined;
  const entry = answerFieldOf(question);
  const target = problem?.part ? ids.part(problem.part) : (entry.target?.(question, ids) ?? ids.answer);
  return { form, starting, autosave, problem, message, target, entry };
}
