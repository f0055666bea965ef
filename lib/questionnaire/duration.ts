// How long the file takes, told honestly: the engine's paths (paths.ts) timed screen by screen with a reading-speed
// model, rather than one fixed figure. The start page gives the range from the shortest to the longest path.
import { answerTypeOf } from "./answerTypes";
import { hintKey, labelKey } from "./keys";
import { pathRange } from "./paths";
import type { AnswerType, Answers, Question, Questionnaire } from "./types";

/**
 * A slow reader: adults who read with difficulty manage about 80 to 120 words a minute (fluent readers 200 to 250),
 * and the file is written for them.
 */
export const WORDS_PER_MINUTE = 100;

/** Seconds to give an answer once it is read: choose, tick, type, look a job up; a long text takes longer. */
const ANSWER_SECONDS: Readonly<Record<AnswerType, number>> = {
  single: 8,
  yesNo: 6,
  multiple: 15,
  text: 25,
  date: 20,
  number: 12,
  jobSearch: 45,
  /** Three seconds an item (the 20 needs: a minute), each read with its answers. */
  grid: 60,
};
const LONG_TEXT_SECONDS = 60;
/** Pressing Continue and finding one's place on the next screen. */
const MOVE_SECONDS = 3;

/** Seconds a question takes: reading its words, then answering, and moving on when it has a screen of its own. */
export function screenSeconds(question: Question, words: number): number {
  const answering = question.type === "text" && question.multiline ? LONG_TEXT_SECONDS : ANSWER_SECONDS[question.type];
  return (words / WORDS_PER_MINUTE) * 60 + answering + (question.onScreenOf === undefined ? MOVE_SECONDS : 0);
}

/** The words a person reads on a question's screen: its label, its hint and its options, in their language. */
export function questionWords(question: Question, text: (key: string) => string | undefined): number {
  const keys = [labelKey(question), hintKey(question), ...answerTypeOf(question).textKeys(question)];
  return keys.reduce((sum, key) => sum + (text(key) ?? "").split(/\s+/u).filter((word) => word !== "").length, 0);
}

export interface MinutesRange {
  min: number;
  max: number;
}

/**
 * Whole minutes, from the shortest to the longest path left from `from` (the start when absent): a range, since the
 * answers still to come decide the path (a range of one minute at least, said "between 3 and 4 minutes").
 */
export function minutesLeft(definition: Questionnaire, answers: Answers, words: (question: Question) => number, from?: string): MinutesRange {
  const { shortest, longest } = pathRange(definition, answers, from, (question) => screenSeconds(question, words(question)));
  const min = Math.max(1, Math.round(shortest / 60));
  return { min, max: Math.max(min + 1, Math.ceil(longest / 60)) };
}
