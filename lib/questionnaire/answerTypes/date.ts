// A date as typed in separate boxes ({day, month, year}, or month and year only), in any script's digits.
import * as z from "zod/mini";
import { toLatinDigits } from "../digits";
import type { DateQuestion, DateValue } from "../types";
import { codesOf, noTextKeys, noCheckWithOthers, noOptions, storedAsIs, type AnswerTypeModule } from "./answerType";

const digits = /^\d+$/;
const PARTS = ["day", "month", "year"] as const;

/** The box that stands for the whole date (errors that are not about one part point at it). */
export function firstDatePart(question: DateQuestion): "day" | "month" {
  return question.precision === "day" ? "day" : "month";
}

function formatDate(value: DateValue, precision: "day" | "month", lang: string): string {
  const part = (typed: string | undefined) => Number(toLatinDigits(typed ?? "").trim());
  const date = new Date(Date.UTC(part(value.year), part(value.month) - 1, precision === "day" ? part(value.day) : 1));
  const options: Intl.DateTimeFormatOptions =
    precision === "day" ? { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" } : { month: "long", year: "numeric", timeZone: "UTC" };
  // Latin digits in every language, as on French official papers the person will compare with.
  return new Intl.DateTimeFormat(`${lang}-u-nu-latn`, options).format(date);
}

export const date: AnswerTypeModule<DateQuestion, DateValue> = {
  schema(question, today) {
    const part = z.string({ error: "date.invalid" }).check(z.maxLength(10, { error: "date.invalid" }));
    return z.pipe(
      z.transform((value: unknown) => value ?? { month: "", year: "" }),
      z.strictObject({ day: z.optional(part), month: part, year: part }, { error: "date.invalid" }).check(
        z.superRefine((value, ctx) => {
          const day = question.precision === "day" ? toLatinDigits(value.day ?? "").trim() : "1";
          const month = toLatinDigits(value.month).trim();
          const year = toLatinDigits(value.year).trim();
          const typed = { day, month, year };
          const asked = PARTS.filter((name) => name !== "day" || question.precision === "day");
          if (asked.every((name) => typed[name] === "")) {
            if (question.required) ctx.addIssue({ code: "custom", message: "required.date", path: [firstDatePart(question)] });
            return;
          }
          const missing = asked.find((name) => typed[name] === "");
          if (missing) {
            ctx.addIssue({ code: "custom", message: `date.missing.${missing}`, path: [missing] });
            return;
          }
          // Letters where a number goes: said for that part ("use numbers for the month"), not "no such date".
          const notDigits = asked.find((name) => !digits.test(typed[name]));
          if (notDigits) {
            ctx.addIssue({ code: "custom", message: `date.digits.${notDigits}`, path: [notDigits] });
            return;
          }
          if (year.length !== 4) {
            ctx.addIssue({ code: "custom", message: "date.missing.year", path: ["year"] });
            return;
          }
          const d = Number(day);
          const m = Number(month);
          const y = Number(year);
          const date = new Date(Date.UTC(y, m - 1, d));
          const real =
            [day, month, year].every((p) => digits.test(p)) &&
            year.length === 4 &&
            date.getUTCFullYear() === y &&
            date.getUTCMonth() === m - 1 &&
            date.getUTCDate() === d;
          if (!real) {
            ctx.addIssue({ code: "custom", message: "date.invalid", path: [firstDatePart(question)] });
            return;
          }
          const now = today();
          const latest = new Date(Date.UTC(now.getUTCFullYear() - question.yearsAgo.min, now.getUTCMonth(), now.getUTCDate()));
          const earliest = new Date(Date.UTC(now.getUTCFullYear() - question.yearsAgo.max, now.getUTCMonth(), now.getUTCDate()));
          if (date > latest) {
            ctx.addIssue({ code: "custom", message: question.yearsAgo.min > 0 ? "date.tooRecent" : "date.future", path: ["year"] });
          } else if (date < earliest) {
            ctx.addIssue({ code: "custom", message: "date.tooOld", path: ["year"] });
          }
        }),
      ),
    );
  },
  ...storedAsIs<DateQuestion>((question) =>
    question.precision === "day"
      ? z.strictObject({ day: z.string().check(z.regex(/^\d{1,2}$/)), month: z.string().check(z.regex(/^\d{1,2}$/)), year: z.string().check(z.regex(/^\d{4}$/)) })
      : z.strictObject({ day: z.optional(z.string()), month: z.string().check(z.regex(/^\d{1,2}$/)), year: z.string().check(z.regex(/^\d{4}$/)) }),
  ),
  empty: (question) => (question.precision === "month" ? { month: "", year: "" } : { day: "", month: "", year: "" }),
  format: (question, value, { lang }) => [formatDate(value, question.precision, lang)],
  textKeys: noTextKeys,
  errorParams: (question, key) => ({ years: key === "date.tooOld" ? question.yearsAgo.max : question.yearsAgo.min }),
  requiredError: () => "required.date",
  tokens: codesOf,
  offered: noOptions,
  checkWithOthers: noCheckWithOthers,
  recap: (question, value) => ({ kind: "date", value }),
  fixture: (question) => (question.precision === "day" ? { day: "27", month: "3", year: "1990" } : { month: "6", year: "2025" }),
};
