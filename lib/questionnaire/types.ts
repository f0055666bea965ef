// The vocabulary of the questionnaire: what a section, a question and an answer are.

export type AnswerType =
  | "single"
  | "multiple"
  | "yesNo"
  | "text"
  | "date"
  | "number"
  | "jobSearch"
  | "grid";

/** Code recorded when the person prefers to talk about a topic at the interview (DOMAIN.md). */
export const IN_PERSON = "NON_ABORDEE";

/**
 * Show-if conditions are data, so the engine, the server and the tests read the same rules.
 * `anyOf` holds when the other answer is (or, for a multiple choice, contains) one of the values;
 * `noneOf` holds when it is none of them, including when it was not answered.
 */
export type Condition =
  | { question: string; anyOf: readonly string[] }
  | { question: string; noneOf: readonly string[] }
  /** Holds when the other question has an answer at all (an e-mail address typed, not left blank). */
  | { question: string; answered: true };

/**
 * An earlier answer that already says part of this one (WCAG 3.3.7, redundant entry): when `when` holds and the
 * question has no answer yet, its form starts with `add` ticked, and the person can still change it.
 */
interface Prefill {
  readonly when: Condition;
  readonly add: readonly string[];
}

interface QuestionBase {
  /** Stable id: used in URLs, storage and translation keys; never a number. */
  readonly id: string;
  readonly section: string;
  readonly required: boolean;
  /** Sensitive topics are optional and offer "I prefer to talk about it at the interview". */
  readonly sensitive?: boolean;
  /** Every condition must hold for the question to be asked. */
  readonly showIf?: readonly Condition[];
  /** Administration words its texts use, explained beside it (ids of lib/questionnaire/glossary.ts). */
  readonly glossary?: readonly string[];
  /**
   * Asked on that question's screen, under its answer, instead of a screen of its own (issue 14): the last name under
   * the first, or a follow-up its `showIf` opens from that question's answer, revealed as the person chooses it
   * (GOV.UK's conditionally revealed question). It comes right after that question in the file.
   */
  readonly onScreenOf?: string;
}

interface ChoiceBase extends QuestionBase {
  readonly options: readonly string[];
  /** Translation group shared by several questions (the 20 needs); otherwise the question's own options. */
  readonly optionLabels?: string;
}

export interface SingleChoiceQuestion extends ChoiceBase {
  readonly type: "single" | "yesNo";
}

export interface MultipleChoiceQuestion extends ChoiceBase {
  readonly type: "multiple";
  /** Options that cannot be combined with any other ("None of these", "I don't know"). */
  readonly exclusive?: readonly string[];
  /** Options already chosen in that other question are not offered again. */
  readonly excludeChosenIn?: string;
  /** Options offered only while every condition holds ("By SMS" needs a phone number). */
  readonly optionShowIf?: Readonly<Record<string, readonly Condition[]>>;
  /** What earlier answers already said, ticked before the person sees the question. */
  readonly prefill?: readonly Prefill[];
  /**
   * The question chooses which topics are asked next (each asked when `anyOf` names its topic here); its answer
   * NON_ABORDEE ("I'll talk about all of this at the interview") stands for NON_ABORDEE on every one of them.
   */
  readonly defersTopics?: boolean;
}

export type TextFormat = "free" | "name" | "phone" | "email" | "socialSecurityNumber";

export interface TextQuestion extends QuestionBase {
  readonly type: "text";
  readonly format: TextFormat;
  readonly multiline?: boolean;
  readonly maxLength: number;
  /** HTML autocomplete token, so phones can fill in what they already know. */
  readonly autocomplete?: string;
  /**
   * The code stored when the person says they have none ("I have no phone number"): a real answer, so a
   * required question can be answered without one, and later questions can follow from it.
   */
  readonly noneCode?: string;
}

export interface DateQuestion extends QuestionBase {
  readonly type: "date";
  /** "month" asks only month and year: few people remember the day a contract ended. */
  readonly precision: "day" | "month";
  /** Earliest and latest accepted dates, in years relative to today. */
  readonly yearsAgo: { readonly min: number; readonly max: number };
}

export interface NumberQuestion extends QuestionBase {
  readonly type: "number";
  readonly min: number;
  readonly max: number;
  readonly decimals: number;
  /** A gentle notice, never an error, when the value is under this threshold. */
  readonly noticeBelow?: number;
}

export interface JobSearchQuestion extends QuestionBase {
  readonly type: "jobSearch";
  /** Offer "I don't know yet" as an answer. */
  readonly allowUnsure: boolean;
  readonly maxJobs: number;
}

/**
 * A list of items, each marked with one of the same few answers (the 20 needs: "I need help", "It's a strength",
 * "Not now"): one screen instead of asking the list once per answer. An item left unmarked is "not now" too.
 */
export interface GridQuestion extends QuestionBase {
  readonly type: "grid";
  /** The items, each asked as its own group of radios. */
  readonly options: readonly string[];
  /** Translation group shared with other questions (the 20 needs); otherwise the question's own options. */
  readonly optionLabels?: string;
  /** The answers offered for every item, in order; the last one says "not now" and counts as no mark. */
  readonly columns: readonly [string, ...string[]];
  /**
   * The export field each answer is written to, as a list of the items marked with it (the question's id among
   * them); the last column is written nowhere.
   */
  readonly exportAs: Readonly<Record<string, string>>;
}

export type Question =
  | GridQuestion
  | SingleChoiceQuestion
  | MultipleChoiceQuestion
  | TextQuestion
  | DateQuestion
  | NumberQuestion
  | JobSearchQuestion;

interface Section {
  readonly id: string;
}

export interface Questionnaire {
  readonly sections: readonly Section[];
  readonly questions: readonly Question[];
}

export interface DateValue {
  day?: string;
  month: string;
  year: string;
}

export type JobChoice = { rome: string } | { text: string };

export interface JobSearchValue {
  jobs: JobChoice[];
  unsure: boolean;
}

/** A grid's answer: the column chosen for each item marked, by item code (items left unmarked are absent). */
export type GridValue = Record<string, string>;

export type AnswerValue = string | string[] | DateValue | JobSearchValue | GridValue;

/** Answers by question id, exactly as the form holds them (no transformation), so one schema serves both sides. */
export type Answers = Readonly<Record<string, AnswerValue | undefined>>;
