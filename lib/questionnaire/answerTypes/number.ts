// A number kept as typed ("12,50"), read with the French decimal comma and any script's digits.
import * as z from "zod/mini";
import { toLatinDigits } from "../digits";
import { noticeKey, unitKey } from "../keys";
import type { NumberQuestion } from "../types";
import { codesOf, noCheckWithOthers, noOptions, storable, storedAsIs, type AnswerTypeModule } from "./answerType";

/** Reads a typed number, accepting the French decimal comma and any script's digits. */
export function parseNumber(value: string): number | null {
  const normalised = toLatinDigits(value).trim().replace(",", ".");
  return /^\d+(?:\.\d+)?$/.test(normalised) ? Number(normalised) : null;
}

export const number: AnswerTypeModule<NumberQuestion, string> = {
  schema(question) {
    return z.pipe(
      z.transform((value: unknown) => value ?? ""),
      z.string({ error: "number.invalid" }).check(
        z.refine(storable, { error: "text.unstorable", abort: true }),
        z.maxLength(12, { error: "number.invalid" }),
        z.superRefine((value: string, ctx) => {
          if (value.trim() === "") {
            if (question.required) ctx.addIssue({ code: "custom", message: "required.number" });
            return;
          }
          const n = parseNumber(value);
          const decimals = toLatinDigits(value).trim().replace(",", ".").split(".")[1]?.length ?? 0;
          if (n === null || decimals > question.decimals) {
            ctx.addIssue({ code: "custom", message: question.decimals === 0 ? "number.wholeNumber" : "number.invalid" });
          } else if (n < question.min || n > question.max) {
            ctx.addIssue({ code: "custom", message: "number.range" });
          }
        }),
      ),
    );
  },
  // As typed (a French decimal comma is kept): the person's value, not a float that could round it.
  ...storedAsIs<NumberQuestion>((question) =>
    z.string().check(z.regex(/^\d+(?:[.,]\d+)?$/), z.meta({ description: `A number from ${question.min} to ${question.max}, as typed.` })),
  ),
  empty: () => "",
  format: (question, value, { tq }) => [`${toLatinDigits(value).trim()} ${tq(unitKey(question))}`],
  textKeys: (question) => (question.noticeBelow === undefined ? [unitKey(question)] : [unitKey(question), noticeKey(question)]),
  errorParams: (question) => ({ min: question.min, max: question.max }),
  requiredError: () => "required.number",
  tokens: codesOf,
  offered: noOptions,
  checkWithOthers: noCheckWithOthers,
  recap: (question, value) => ({ kind: "number", value }),
  fixture: (question) => String(question.min + 1),
};
