// Several answers among options, drawn as checkboxes; some options stand alone, some are not offered again.
import * as z from "zod/mini";
import { conditionHolds } from "../conditions";
import { optionKey } from "../keys";
import { IN_PERSON, type Answers, type MultipleChoiceQuestion } from "../types";
import { codesOf, emptyToUndefined, noErrorParams, pickOf, storedAsIs, type AnswerTypeModule } from "./answerType";
import { choiceOptions, exclusiveOptions } from "./choice";

/**
 * Options already chosen in the question named by `excludeChosenIn` are not offered again, nor options whose
 * conditions do not hold. Those conditions read the answers of the person's own details (phone, e-mail), which
 * every journey asks, as chosen codes or typed text.
 */
function offered(question: MultipleChoiceQuestion, answers: Answers) {
  const other = question.excludeChosenIn === undefined ? undefined : answers[question.excludeChosenIn];
  const taken = other === undefined ? [] : codesOf(other);
  const applies = (code: string) =>
    (question.optionShowIf?.[code] ?? []).every((c) => {
      const value = answers[c.question];
      return conditionHolds(c, value, value === undefined ? [] : codesOf(value));
    });
  return choiceOptions(question).filter((o) => !taken.includes(o) && applies(o));
}

export const multiple: AnswerTypeModule<MultipleChoiceQuestion, string[]> = {
  schema(question) {
    const options = choiceOptions(question) as [string, ...string[]];
    const exclusive = exclusiveOptions(question);
    return z.pipe(
      z.transform((value: unknown) => emptyToUndefined(value) ?? []),
      z
        .array(z.enum(options, { error: "choice.unknown" }), { error: "choice.unknown" })
        .check(
          z.minLength(question.required ? 1 : 0, { error: "required.multiple" }),
          z.refine((values) => new Set(values).size === values.length, { error: "choice.unknown" }),
          z.refine((values) => values.length <= 1 || !values.some((v) => exclusive.includes(v)), {
            error: "choice.exclusive",
          }),
        ),
    );
  },
  ...storedAsIs<MultipleChoiceQuestion>((question) => z.array(z.enum(choiceOptions(question) as [string, ...string[]])).check(z.minLength(1))),
  empty: () => [],
  format: (question, value, { tq }) => value.map((code) => tq(optionKey(question, code))),
  textKeys: (question) => choiceOptions(question).map((option) => optionKey(question, option)),
  errorParams: noErrorParams,
  requiredError: () => "required.multiple",
  tokens: codesOf,
  offered,
  checkWithOthers(question, value, answers) {
    const still = offered(question, answers);
    const gone = Array.isArray(value) ? value.filter((v: unknown) => typeof v !== "string" || !still.includes(v)) : [];
    if (gone.length === 0) return null;
    const taken = question.excludeChosenIn === undefined ? undefined : answers[question.excludeChosenIn];
    return gone.every((v) => taken !== undefined && codesOf(taken).includes(v as string)) ? "choice.alreadyChosen" : "choice.noLongerOffered";
  },
  recap: (question, value) => ({ kind: "options", codes: value, coded: false }),
  fixture(question, pick, answers) {
    const options = offered(question, answers).filter((o) => !(question.exclusive ?? []).includes(o) && o !== IN_PERSON);
    // The first answer to a choice of topics chooses them all, so that a complete file asks every question.
    return question.defersTopics && pick === 0 ? options : [pickOf(options, pick)];
  },
};
