// How a condition reads another answer: shared by show-if (which questions are asked) and by the options a
// question offers, so both follow the same three rules.
import { isEmptyAnswer } from "./empty";
import type { AnswerValue, Condition } from "./types";

/** Whether the condition holds for the other answer, given what that answer's type lets conditions compare. */
export function conditionHolds(condition: Condition, value: AnswerValue | undefined, tokens: readonly string[]): boolean {
  if ("anyOf" in condition) return tokens.some((t) => condition.anyOf.includes(t));
  if ("noneOf" in condition) return !tokens.some((t) => condition.noneOf.includes(t));
  return !isEmptyAnswer(value);
}
