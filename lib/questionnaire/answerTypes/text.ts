// Words typed by the person: free text, a name, a phone number, an email or a social security number.
import * as z from "zod/mini";
import { toLatinDigits } from "../digits";
import type { TextFormat, TextQuestion } from "../types";
import { noneKey } from "../keys";
import { codesOf, noCheckWithOthers, noOptions, storable, storedAsIs, type AnswerTypeModule } from "./answerType";

const formatChecks: Record<TextFormat, { pattern: RegExp; error: string } | null> = {
  free: null,
  // Letters of every script, spaces, hyphens and apostrophes: names are not only Latin.
  name: { pattern: /^[\p{L}\p{M}][\p{L}\p{M}' ’-]*$/u, error: "text.name" },
  // French numbers (06 12 34 56 78) or international ones (+216 ..., 00216 ...), with spaces, dots or hyphens, in
  // any script's digits (checked on the Latin reading, see digits.ts).
  phone: { pattern: /^(?:0\d(?:[ .-]?\d{2}){4}|(?:\+|00)[ .-]?\d(?:[ .-]?\d){7,14})$/, error: "text.phone" },
  email: { pattern: /^[^\s@]+@[^\s@]+\.[^\s@]+$/, error: "text.email" },
  // 13 digits, or 15 with the key; Corsica uses 2A/2B in the department. Spaces are allowed.
  socialSecurityNumber: { pattern: /^[1-478](?: ?\d){4}(?: ?[0-9AB]){2}(?: ?\d){6}(?:(?: ?\d){2})?$/i, error: "text.socialSecurityNumber" },
};

const examples: Record<TextFormat, string> = {
  name: "Awa",
  phone: "06 12 34 56 78",
  email: "awa@example.org",
  socialSecurityNumber: "2 90 03 75 123 456 78",
  free: "12 rue des Lilas, 75011 Paris",
};

export const text: AnswerTypeModule<TextQuestion, string> = {
  schema(question) {
    const check = formatChecks[question.format];
    return z.pipe(
      z.transform((value: unknown) => value ?? ""),
      z.string({ error: "choice.unknown" }).check(
        z.refine(storable, { error: "text.unstorable", abort: true }),
        z.maxLength(question.maxLength, { error: "text.tooLong" }),
        z.refine((value: string) => !question.required || value.trim() !== "", { error: "required.text" }),
        z.refine((value: string) => check === null || value.trim() === "" || value === question.noneCode || check.pattern.test(toLatinDigits(value.trim())), {
          error: check?.error ?? "text.invalid",
        }),
      ),
    );
  },
  ...storedAsIs<TextQuestion>((question) => {
    const limits = [z.minLength(1), z.maxLength(question.maxLength)] as const;
    return question.noneCode === undefined ? z.string().check(...limits) : z.string().check(...limits, z.meta({ description: `As typed, or ${question.noneCode}: the person has none.` }));
  }),
  empty: () => "",
  // Kept as typed; numbers (phone, social security) shown in Latin digits, as on the person's papers.
  format(question, value, { tq }) {
    if (value === question.noneCode) return [tq(noneKey(question))];
    return [question.format === "free" || question.format === "name" ? value : toLatinDigits(value)];
  },
  textKeys: (question) => (question.noneCode === undefined ? [] : [noneKey(question)]),
  errorParams: (question) => ({ max: question.maxLength }),
  requiredError: () => "required.text",
  tokens: codesOf,
  offered: noOptions,
  checkWithOthers: noCheckWithOthers,
  recap: (question, value) => (value === question.noneCode ? { kind: "none", code: value } : { kind: "text", text: value, free: question.format === "free" }),
  fixture: (question) => examples[question.format],
};
