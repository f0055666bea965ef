// One component per answer type: the generic question page looks the type up here and never switches itself.
import type { ComponentType } from "react";
import type { AnswerType, AnswerValue, Question } from "@/lib/questionnaire/types";
import { ChoiceField } from "./ChoiceField";
import { DateField } from "./DateField";
import { JobSearchField, emptyJobSearch } from "./JobSearchField";
import { NumberField } from "./NumberField";
import { TextField } from "./TextField";
import type { AnswerFieldProps } from "./types";

interface AnswerTypeEntry {
  component: ComponentType<AnswerFieldProps<never>>;
  /** What the form holds before anything is answered. */
  empty: (question: Question) => unknown;
}

export const answerTypes: Record<AnswerType, AnswerTypeEntry> = {
  single: { component: ChoiceField, empty: () => null },
  yesNo: { component: ChoiceField, empty: () => null },
  multiple: { component: ChoiceField, empty: () => [] },
  text: { component: TextField, empty: () => "" },
  number: { component: NumberField, empty: () => "" },
  date: {
    component: DateField,
    empty: (question) => (question.type === "date" && question.precision === "month" ? { month: "", year: "" } : { day: "", month: "", year: "" }),
  },
  jobSearch: { component: JobSearchField, empty: emptyJobSearch },
};

export function initialValue(question: Question, saved: AnswerValue | undefined): unknown {
  return saved ?? answerTypes[question.type].empty(question);
}
