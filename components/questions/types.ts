// What every answer component receives; the form state itself comes from react-hook-form's context.
import type { Answers, Question } from "@/lib/questionnaire/types";

export interface AnswerFieldProps<Q extends Question = Question> {
  question: Q;
  /** The question, already translated, shown as the page heading. */
  label: string;
  hint: string;
  /** Translated error for the question as a whole, or for the first wrong part of a date. */
  error?: string;
  /** Which part of a compound answer is wrong (date: day, month or year). */
  errorPart?: string;
  answers: Answers;
}

export interface FormValues {
  answer: unknown;
}
