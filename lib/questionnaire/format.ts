// Turns a stored answer into the words shown on "check your answers" (and later the counsellor's recap).
import { answerTypeOf } from "./answerTypes";
import type { Translate } from "./answerTypes/answerType";
import type { AnswerValue, Question } from "./types";

/**
 * One line per item of the answer. `tq` translates the questionnaire namespace; `unsure` is the
 * label of "I don't know yet" for job searches.
 */
export function formatAnswer(question: Question, value: AnswerValue, tq: Translate, lang: string, unsure: string): string[] {
  return answerTypeOf(question).format(question, value, { tq, lang, unsure });
}
