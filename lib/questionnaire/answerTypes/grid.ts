// A list of items each marked with one of the same few answers, drawn as one group of radios per item: the 20 needs
// asked once, each "I need help", "It's a strength" or "Not now". Stored as the answer chosen for each item marked;
// written in the export as one list of items per answer ("help-needs", "strengths"), as agency systems read them.
import * as z from "zod/mini";
import { columnKey, optionKey } from "../keys";
import type { AnswerValue, GridQuestion, GridValue } from "../types";
import { noCheckWithOthers, noErrorParams, noOptions, type AnswerTypeModule } from "./answerType";

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The answers written somewhere: every column but the last ("Not now"). */
const marking = (question: GridQuestion) => question.columns.slice(0, -1);

/** The export field of an answer written somewhere; a column without one is a broken definition. */
function fieldOf(question: GridQuestion, column: string): string {
  const field = question.exportAs[column];
  if (field === undefined) throw new Error(`${question.id}: no export field for ${column}`);
  return field;
}

/** The items marked with `column`, in the question's order. */
function itemsMarked(question: GridQuestion, value: GridValue, column: string): string[] {
  return question.options.filter((item) => value[item] === column);
}

export const grid: AnswerTypeModule<GridQuestion, GridValue> = {
  schema(question) {
    const items = z.enum(question.options as [string, ...string[]], { error: "choice.unknown" });
    const columns = z.enum(question.columns, { error: "choice.unknown" });
    return z.pipe(
      // Radios report an item left unmarked as null: it is simply not in the answer.
      z.transform((value: unknown) =>
        isRecord(value) ? Object.fromEntries(Object.entries(value).filter(([, column]) => column !== null && column !== undefined && column !== "")) : (value ?? {}),
      ),
      z
        .partialRecord(items, columns, { error: "choice.unknown" })
        .check(z.refine((value) => !question.required || Object.keys(value).length > 0, { error: "required.multiple" })),
    );
  },
  exportFields: (question) =>
    Object.fromEntries(
      marking(question).map((column) => [fieldOf(question, column), z.array(z.enum(question.options as [string, ...string[]])).check(z.minLength(1))]),
    ),
  // An answer no one chose (only "Not now") writes no field, as a question left blank.
  exported: (question, value) =>
    Object.fromEntries(
      marking(question)
        .map((column) => [fieldOf(question, column), itemsMarked(question, value, column)] as const)
        .filter(([, items]) => items.length > 0),
    ),
  empty: () => ({}),
  // One line per item the person answered, "Not now" included: what they chose, in the list's order.
  format: (question, value, { tq }) =>
    question.options.flatMap((item) => {
      const column = value[item];
      return column === undefined ? [] : [`${tq(optionKey(question, item))} — ${tq(columnKey(question, column))}`];
    }),
  textKeys: (question) => [...question.options.map((item) => optionKey(question, item)), ...question.columns.map((column) => columnKey(question, column))],
  errorParams: noErrorParams,
  requiredError: () => "required.multiple",
  // A condition on a grid names an item and its answer: "N9:NEED".
  tokens: (value: AnswerValue) => (isRecord(value) && !("jobs" in value) ? Object.entries(value).map(([item, column]) => `${item}:${String(column)}`) : []),
  offered: noOptions,
  checkWithOthers: noCheckWithOthers,
  recap: (question, value) => ({
    kind: "marks",
    marks: question.options.flatMap((item) => {
      const column = value[item];
      return column !== undefined && marking(question).includes(column) ? [{ item, column }] : [];
    }),
  }),
  // Varied by `pick`: one item for each answer written somewhere, one "Not now", the rest left unmarked.
  fixture(question, pick) {
    const value: GridValue = {};
    question.columns.forEach((column, i) => {
      const item = question.options[(pick + i) % question.options.length];
      if (item !== undefined) value[item] = column;
    });
    return value;
  },
};
