// The contract every answer type fulfils: how its answer is checked, held empty, shown, explained in errors,
// read by show-if conditions and described to agency systems, plus a valid answer for tests.
import type * as z from "zod/mini";
import type { AnswerType, AnswerValue, Answers, DateValue, JobChoice, Question } from "../types";

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The questions of one answer type (single and yesNo share one question shape). */
export type QuestionOf<T extends AnswerType> = Question extends infer Q ? (Q extends { type: infer U } ? (T extends U ? Q : never) : never) : never;

interface FormatContext {
  /** Translates the questionnaire namespace. */
  tq: Translate;
  lang: string;
  /** The label of "I don't know yet" on a job search. */
  unsure: string;
}

/** What the counsellor's recap draws for an answer (an answer "to discuss at the interview" is decided before). */
export type RecapValue =
  /** `coded`: the options are DOMAIN.md's own codes (education levels), worth showing beside their label. */
  | { kind: "options"; codes: string[]; coded: boolean }
  /** `free`: words the person typed, shown exactly and marked with their language. */
  | { kind: "text"; text: string; free: boolean }
  /** A text question's "I have none" (no stable address, no phone, no e-mail): its code, beside its words. */
  | { kind: "none"; code: string }
  | { kind: "date"; value: DateValue }
  | { kind: "number"; value: string }
  | { kind: "jobs"; jobs: JobChoice[]; unsure: boolean }
  /** Each item marked, with the answer chosen for it, in the question's order ("not now" left out). */
  | { kind: "marks"; marks: { item: string; column: string }[] };

// Members are methods so that a module for one question type widens to any question (`answerTypeOf`): each module
// is only ever handed questions of its own type, which the record keyed by type guarantees.
export interface AnswerTypeModule<Q extends Question, V extends AnswerValue> {
  /** The zod schema of the answer as the form holds it; error messages are keys of the "errors" namespace. */
  schema(question: Q, today: () => Date): z.ZodMiniType;
  /**
   * The fields the answer writes in the export for agency systems, by name, with their shape (without the form's
   * messages): for most types one field, the question's id, holding the answer as stored.
   */
  exportFields(question: Q): Record<string, z.ZodMiniType>;
  /** The answer as written in the export: the fields of `exportFields` that it fills. */
  exported(question: Q, value: V): Record<string, unknown>;
  /** What the form holds before anything is answered. */
  empty(question: Q): V | null;
  /** One line per item of the answer, as shown on "check your answers" and the recap. */
  format(question: Q, value: V, context: FormatContext): string[];
  /** Keys of the questionnaire namespace the type shows beyond the question's label, hint, "why" and "who". */
  textKeys(question: Q): string[];
  /** Values the error message mentions ("at most {{max}} characters"). */
  errorParams(question: Q, key: string): Record<string, number>;
  /** The error of a required answer left blank. */
  requiredError(question: Q): string;
  /**
   * What a show-if condition compares against. Conditions read answers before they are checked (the server
   * decides what is asked, then checks it), so the value may have any shape.
   */
  tokens(value: AnswerValue): string[];
  /** The options offered given the other answers; types without options offer none. */
  offered(question: Q, answers: Answers): string[];
  /** The error of an answer that passes its schema but not the other answers (an option no longer offered), or null. */
  checkWithOthers(question: Q, value: unknown, answers: Answers): string | null;
  /** The answer as the counsellor's recap draws it. */
  recap(question: Q, value: V): RecapValue;
  /** A valid answer given the other answers (`pick` varies it), for tests and seeded walks. */
  fixture(question: Q, pick: number, answers: Answers): V;
}

/** Chosen codes: the answer itself for one choice (or typed text), the list for several, nothing otherwise. */
export function codesOf(value: AnswerValue): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value;
  return [];
}

// Radios and checkboxes report "nothing chosen" as null or false; text inputs as "".
export const emptyToUndefined = (value: unknown) => (value === null || value === false || value === "" ? undefined : value);

// What storage cannot hold, or has no place in an answer: NUL and the other control characters (tab, line
// feed and carriage return excepted), and halves of a character (lone surrogates, left by a broken paste or a
// hostile client). Refused at the field, so the person is told before anything is sent, and by the server.
const unstorable = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|\p{Cs}/u;

export const storable = (value: string) => !unstorable.test(value);

/** The export of an answer written as stored, under the question's id, in the shape `shape` gives. */
export function storedAsIs<Q extends Question>(shape: (question: Q) => z.ZodMiniType) {
  return {
    exportFields: (question: Q): Record<string, z.ZodMiniType> => ({ [question.id]: shape(question) }),
    exported: (question: Q, value: unknown): Record<string, unknown> => ({ [question.id]: value }),
  };
}

export const noTextKeys = (): string[] => [];

export const noOptions = (): string[] => [];

export const noCheckWithOthers = (): string | null => null;

export const noErrorParams = (): Record<string, number> => ({});

/** The item at `pick`, wrapping around; a list that is empty is a broken definition. */
export function pickOf<T>(items: readonly T[], pick: number): T {
  const item = items[pick % items.length];
  if (item === undefined) throw new Error("nothing to pick from");
  return item;
}
