// Values that error messages mention ("at most {{max}} characters"), taken from the question's definition.
import { answerTypeOf } from "./answerTypes";
import type { Question } from "./types";

export function errorParams(question: Question, key: string): Record<string, number> {
  return answerTypeOf(question).errorParams(question, key);
}
