// What every answer component receives; the form state itself comes from react-hook-form's context.
import type { ReactNode } from "react";
import type { Answers, Question } from "@/lib/questionnaire/types";

export interface AnswerFieldProps<Q extends Question = Question> {
  question: Q;
  /** The question, already translated with its <fr> marks (KEEP_FRENCH_MARKS), shown as the page heading. */
  label: string;
  /** With its <fr> marks too. */
  hint: string;
  /** Translated error for the question as a whole, or for the first wrong part of a date. */
  error?: string;
  /** Which part of a compound answer is wrong (date: day, month or year). */
  errorPart?: string;
  answers: Answers;
  /** By option, the follow-ups revealed right under it once it is chosen (issue 14); choice fields draw them. */
  revealed?: Readonly<Record<string, ReactNode>>;
}

/** What the form of one question holds. */
export interface FormValues {
  answer: unknown;
  /** Words typed in the job search that are not part of the answer until added. */
  jobQuery: string;
}
