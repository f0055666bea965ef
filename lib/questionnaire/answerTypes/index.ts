// Every answer type, keyed by its name: adding a type is one module here, one entry below and one field component.
import type { AnswerType, AnswerValue, DateValue, GridValue, JobSearchValue, Question } from "../types";
import type { AnswerTypeModule, QuestionOf } from "./answerType";
import { date } from "./date";
import { grid } from "./grid";
import { jobSearch } from "./jobSearch";
import { multiple } from "./multiple";
import { number } from "./number";
import { single } from "./single";
import { text } from "./text";
import { yesNo } from "./yesNo";

/** The answer each type stores, exactly as the form holds it. */
export interface AnswerValueOf {
  single: string;
  yesNo: string;
  multiple: string[];
  text: string;
  date: DateValue;
  number: string;
  jobSearch: JobSearchValue;
  grid: GridValue;
}

/** A missing type, or a module for the wrong question or value, fails the type check. */
export const answerTypes: { readonly [T in AnswerType]: AnswerTypeModule<QuestionOf<T>, AnswerValueOf[T]> } = {
  single,
  yesNo,
  multiple,
  text,
  date,
  number,
  jobSearch,
  grid,
};

/** The module of a question's type, for code that holds any question (each module only receives its own type). */
export function answerTypeOf(question: Question): AnswerTypeModule<Question, AnswerValue> {
  return answerTypes[question.type];
}
