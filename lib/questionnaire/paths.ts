// How long the file can be from here: the fewest and the most question screens (or seconds) left, over every way the
// person may still answer. Conditions only compare codes, so the walk tries, for each unanswered question that a
// condition reads, each code a condition names, none of them, and (for several answers) all of them together.
import { answerTypeOf } from "./answerTypes";
import { conditionHolds } from "./conditions";
import type { Answers, Question, Questionnaire } from "./types";

export interface PathRange {
  shortest: number;
  longest: number;
}

/** The codes conditions name for each question they read. */
function namedCodes(definition: Questionnaire): Map<string, Set<string>> {
  const named = new Map<string, Set<string>>();
  for (const question of definition.questions) {
    for (const condition of question.showIf ?? []) {
      const codes = named.get(condition.question) ?? new Set<string>();
      if ("anyOf" in condition) condition.anyOf.forEach((code) => codes.add(code));
      if ("noneOf" in condition) condition.noneOf.forEach((code) => codes.add(code));
      named.set(condition.question, codes);
    }
  }
  return named;
}

/** The ways an unanswered question can matter to later conditions, as the codes they would see. */
function branches(question: Question, codes: ReadonlySet<string> | undefined): string[][] {
  if (!codes) return [[]];
  const each = [...codes].map((code) => [code]);
  return question.type === "multiple" && codes.size > 1 ? [[], ...each, [...codes]] : [[], ...each];
}

/** One per screen: a question asked on another question's screen adds none. */
const screens = (question: Question) => (question.onScreenOf === undefined ? 1 : 0);

/**
 * The fewest and the most `weight` (1 per screen by default) of the questions asked from `from` (a question's id,
 * or the start) to the end, given the answers so far: what is answered counts as answered, what is not may go any way.
 */
export function pathRange(definition: Questionnaire, answers: Answers, from?: string, weight: (question: Question) => number = screens): PathRange {
  const named = namedCodes(definition);
  const questions = definition.questions;
  const start = from === undefined ? 0 : Math.max(0, questions.findIndex((q) => q.id === from));
  const walk = (index: number, seen: ReadonlyMap<string, string[]>): PathRange => {
    const question = questions[index];
    if (!question) return { shortest: 0, longest: 0 };
    const asked = (question.showIf ?? []).every((c) => {
      const codes = seen.get(c.question) ?? [];
      return conditionHolds(c, codes.length > 0 ? codes : undefined, codes);
    });
    if (!asked) return walk(index + 1, seen);
    const here = index >= start ? weight(question) : 0;
    const value = answers[question.id];
    const options = value !== undefined ? [answerTypeOf(question).tokens(value)] : branches(question, named.get(question.id));
    let shortest = Infinity;
    let longest = -Infinity;
    for (const codes of options) {
      const rest = walk(index + 1, new Map(seen).set(question.id, codes));
      shortest = Math.min(shortest, rest.shortest);
      longest = Math.max(longest, rest.longest);
    }
    return { shortest: here + shortest, longest: here + longest };
  };
  return walk(0, new Map());
}
