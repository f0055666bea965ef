// One component per answer type: the generic question page looks the question up here and never switches itself.
import type { ReactNode } from "react";
import type { UseFormReturn } from "react-hook-form";
import * as z from "zod/mini";
import { answerTypeOf } from "@/lib/questionnaire/answerTypes";
import type { QuestionOf } from "@/lib/questionnaire/answerTypes/answerType";
import { firstDatePart } from "@/lib/questionnaire/answerTypes/date";
import { schemaFor } from "@/lib/questionnaire/schemas";
import type { AnswerType, AnswerValue, Question } from "@/lib/questionnaire/types";
import type { FieldIds } from "../form/fieldIds";
import { ChoiceField } from "./ChoiceField";
import { DateField } from "./DateField";
import { GridField } from "./GridField";
import { JobSearchField, keepTypedJob } from "./JobSearchField";
import { NumberField } from "./NumberField";
import { TextField } from "./TextField";
import type { AnswerFieldProps, FormValues } from "./types";

// A function type whose parameter is checked both ways (React's own event handler types do the same), so an
// entry for one question type widens to any question: each entry is only ever handed its own type.
type Bivariant<Args extends unknown[], R> = { bivarianceHack(...args: Args): R }["bivarianceHack"];

interface AnswerField<Q extends Question> {
  component: Bivariant<[props: AnswerFieldProps<Q>], ReactNode>;
  /** The control the error summary links to when the error is about the whole answer (the answer's id otherwise). */
  target?: Bivariant<[question: Q, ids: FieldIds], string>;
  /** What to do on Continue before the answer is checked. */
  beforeSubmit?: (form: UseFormReturn<FormValues>) => void;
}

/** A missing type, or a component for another type's question, fails the type check. */
const answerFields: { readonly [T in AnswerType]: AnswerField<QuestionOf<T>> } = {
  single: { component: ChoiceField },
  yesNo: { component: ChoiceField },
  multiple: { component: ChoiceField },
  text: { component: TextField },
  number: { component: NumberField },
  date: { component: DateField, target: (question, ids) => ids.part(firstDatePart(question)) },
  jobSearch: { component: JobSearchField, beforeSubmit: keepTypedJob },
  grid: { component: GridField },
};

export function answerFieldOf(question: Question): AnswerField<Question> {
  return answerFields[question.type];
}

/** The form of one question: its answer as saved (or its type's empty value), checked with the question's schema. */
export function formSchema(question: Question) {
  return z.object({ answer: schemaFor(question), jobQuery: z.string() });
}

export function initialValues(question: Question, saved: AnswerValue | undefined): FormValues {
  return { answer: saved ?? answerTypeOf(question).empty(question), jobQuery: "" };
}
