// What the three choice types share: the options offered, the schema of one choice, and how a code is shown.
import * as z from "zod/mini";
import { optionKey } from "../keys";
import { IN_PERSON, type MultipleChoiceQuestion, type SingleChoiceQuestion } from "../types";
import { codesOf, emptyToUndefined, noCheckWithOthers, noErrorParams, pickOf, storedAsIs, type AnswerTypeModule } from "./answerType";

/** The options a person can pick, including "talk about it at the interview" on sensitive questions. */
export function choiceOptions(question: SingleChoiceQuestion | MultipleChoiceQuestion): string[] {
  return question.sensitive ? [...question.options, IN_PERSON] : [...question.options];
}

/** Options that must stand alone in a multiple choice. */
export function exclusiveOptions(question: MultipleChoiceQuestion): string[] {
  const own = question.exclusive ?? [];
  return question.sensitive ? [...own, IN_PERSON] : [...own];
}

/** One choice among the options: single and yesNo differ only in how they are drawn. */
export const oneChoice: AnswerTypeModule<SingleChoiceQuestion, string> = {
  schema(question) {
    const options = choiceOptions(question) as [string, ...string[]];
    const choice = z.enum(options, {
      error: (issue) => (issue.input === undefined ? "required.single" : "choice.unknown"),
    });
    return z.pipe(z.transform(emptyToUndefined), question.required ? choice : z.optional(choice));
  },
  ...storedAsIs<SingleChoiceQuestion>((question) => z.enum(choiceOptions(question) as [string, ...string[]])),
  empty: () => null,
  format: (question, value, { tq }) => [tq(optionKey(question, value))],
  textKeys: (question) => choiceOptions(question).map((option) => optionKey(question, option)),
  errorParams: noErrorParams,
  requiredError: () => "required.single",
  tokens: codesOf,
  offered: (question) => choiceOptions(question),
  checkWithOthers: noCheckWithOthers,
  recap: (question, value) => ({ kind: "options", codes: [value], coded: false }),
  fixture: (question, pick) => pickOf(choiceOptions(question), pick),
};
