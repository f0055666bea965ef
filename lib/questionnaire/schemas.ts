// One zod schema per question, built from its definition: the browser form and the server both validate with it.
// Error messages are translation keys of the "errors" namespace, never text.
import { z } from "zod";
import {
  IN_PERSON,
  type DateQuestion,
  type JobSearchQuestion,
  type MultipleChoiceQuestion,
  type NumberQuestion,
  type Question,
  type SingleChoiceQuestion,
  type TextFormat,
  type TextQuestion,
} from "./types";

/** The options a person can pick, including "talk about it at the interview" on sensitive questions. */
export function choiceOptions(question: SingleChoiceQuestion | MultipleChoiceQuestion): string[] {
  return question.sensitive ? [...question.options, IN_PERSON] : [...question.options];
}

/** Options that must stand alone in a multiple choice. */
export function exclusiveOptions(question: MultipleChoiceQuestion): string[] {
  const own = question.exclusive ?? [];
  return question.sensitive ? [...own, IN_PERSON] : [...own];
}

// Radios and checkboxes report "nothing chosen" as null or false; text inputs as "".
const emptyToUndefined = (value: unknown) => (value === null || value === false || value === "" ? undefined : value);

function singleSchema(question: SingleChoiceQuestion) {
  const options = choiceOptions(question) as [string, ...string[]];
  const choice = z.enum(options, {
    error: (issue) => (issue.input === undefined ? "required.single" : "choice.unknown"),
  });
  return z.preprocess(emptyToUndefined, question.required ? choice : choice.optional());
}

function multipleSchema(question: MultipleChoiceQuestion) {
  const options = choiceOptions(question) as [string, ...string[]];
  const exclusive = exclusiveOptions(question);
  return z.preprocess(
    (value) => emptyToUndefined(value) ?? [],
    z
      .array(z.enum(options, { error: "choice.unknown" }), { error: "choice.unknown" })
      .min(question.required ? 1 : 0, { error: "required.multiple" })
      .refine((values) => new Set(values).size === values.length, { error: "choice.unknown" })
      .refine((values) => values.length <= 1 || !values.some((v) => exclusive.includes(v)), {
        error: "choice.exclusive",
      }),
  );
}

const formatChecks: Record<TextFormat, { pattern: RegExp; error: string } | null> = {
  free: null,
  // Letters of every script, spaces, hyphens and apostrophes: names are not only Latin.
  name: { pattern: /^[\p{L}\p{M}][\p{L}\p{M}' ’-]*$/u, error: "text.name" },
  // French numbers (06 12 34 56 78) or international ones (+216 ...), with spaces, dots or hyphens.
  phone: { pattern: /^(?:0\d(?:[ .-]?\d{2}){4}|\+\d(?:[ .-]?\d){7,14})$/, error: "text.phone" },
  email: { pattern: /^[^\s@]+@[^\s@]+\.[^\s@]+$/, error: "text.email" },
  // 13 digits, or 15 with the key; Corsica uses 2A/2B in the department. Spaces are allowed.
  socialSecurityNumber: { pattern: /^[1-478](?: ?\d){4}(?: ?[0-9AB]){2}(?: ?\d){6}(?:(?: ?\d){2})?$/i, error: "text.socialSecurityNumber" },
};

// What storage cannot hold, or has no place in an answer: NUL and the other control characters (tab, line
// feed and carriage return excepted), and halves of a character (lone surrogates, left by a broken paste or a
// hostile client). Refused at the field, so the person is told before anything is sent, and by the server.
const unstorable = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|\p{Cs}/u;

export function isStorableText(value: string): boolean {
  return !unstorable.test(value);
}

const storable = (value: string) => isStorableText(value);

function textSchema(question: TextQuestion) {
  const check = formatChecks[question.format];
  return z.preprocess(
    (value) => value ?? "",
    z
      .string({ error: "choice.unknown" })
      .refine(storable, { error: "text.unstorable", abort: true })
      .max(question.maxLength, { error: "text.tooLong" })
      .refine((value) => !question.required || value.trim() !== "", { error: "required.text" })
      .refine((value) => check === null || value.trim() === "" || check.pattern.test(value.trim()), {
        error: check?.error ?? "text.invalid",
      }),
  );
}

const digits = /^\d+$/;

function dateSchema(question: DateQuestion, today: () => Date) {
  const part = z.string({ error: "date.invalid" }).max(4, { error: "date.invalid" });
  return z.preprocess(
    (value) => value ?? { month: "", year: "" },
    z
      .strictObject({ day: part.optional(), month: part, year: part }, { error: "date.invalid" })
      .superRefine((value, ctx) => {
        const day = question.precision === "day" ? (value.day ?? "").trim() : "1";
        const month = value.month.trim();
        const year = value.year.trim();
        const parts = question.precision === "day" ? [day, month, year] : [month, year];
        if (parts.every((p) => p === "")) {
          if (question.required) ctx.addIssue({ code: "custom", message: "required.date", path: [question.precision === "day" ? "day" : "month"] });
          return;
        }
        const missing = (["day", "month", "year"] as const).find(
          (name) => (name !== "day" || question.precision === "day") && (name === "day" ? day : name === "month" ? month : year) === "",
        );
        if (missing) {
          ctx.addIssue({ code: "custom", message: `date.missing.${missing}`, path: [missing] });
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
          ctx.addIssue({ code: "custom", message: "date.invalid", path: [question.precision === "day" ? "day" : "month"] });
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
  );
}

/** Reads a typed number, accepting the French decimal comma. */
export function parseNumber(value: string): number | null {
  const normalised = value.trim().replace(",", ".");
  return /^\d+(?:\.\d+)?$/.test(normalised) ? Number(normalised) : null;
}

function numberSchema(question: NumberQuestion) {
  return z.preprocess(
    (value) => value ?? "",
    z
      .string({ error: "number.invalid" })
      .refine(storable, { error: "text.unstorable", abort: true })
      .max(12, { error: "number.invalid" })
      .superRefine((value, ctx) => {
        if (value.trim() === "") {
          if (question.required) ctx.addIssue({ code: "custom", message: "required.number" });
          return;
        }
        const n = parseNumber(value);
        const decimals = value.trim().replace(",", ".").split(".")[1]?.length ?? 0;
        if (n === null || decimals > question.decimals) {
          ctx.addIssue({ code: "custom", message: question.decimals === 0 ? "number.wholeNumber" : "number.invalid" });
        } else if (n < question.min || n > question.max) {
          ctx.addIssue({ code: "custom", message: "number.range" });
        }
      }),
  );
}

const romeCode = /^[A-N]\d{4}$/;

function jobSearchSchema(question: JobSearchQuestion) {
  const job = z.union(
    [
      z.object({ rome: z.string().regex(romeCode, { error: "choice.unknown" }) }).strict(),
      z
        .object({
          text: z.string().refine(storable, { error: "text.unstorable", abort: true }).trim().min(1, { error: "choice.unknown" }).max(100, { error: "jobs.tooLong" }),
        })
        .strict(),
    ],
    { error: "choice.unknown" },
  );
  return z.preprocess(
    (value) => value ?? { jobs: [], unsure: false },
    z
      .strictObject({ jobs: z.array(job, { error: "choice.unknown" }), unsure: z.boolean({ error: "choice.unknown" }) }, { error: "choice.unknown" })
      .superRefine((value, ctx) => {
        if (value.unsure && !question.allowUnsure) ctx.addIssue({ code: "custom", message: "choice.unknown" });
        else if (value.unsure && value.jobs.length > 0) ctx.addIssue({ code: "custom", message: "jobs.unsureWithJobs" });
        else if (value.jobs.length > question.maxJobs) ctx.addIssue({ code: "custom", message: "jobs.tooMany" });
        else if (question.required && !value.unsure && value.jobs.length === 0) {
          ctx.addIssue({ code: "custom", message: question.allowUnsure ? "required.jobsOrUnsure" : "required.jobs" });
        }
      }),
  );
}

export interface SchemaOptions {
  /** Injected clock so tests and the server agree on "today". */
  today?: () => Date;
}

// The engine checks every asked question on each render (may-visit, first incomplete), and the server on each
// change: build each question's schema once. Dates read the clock at parse time, so a cached schema stays right.
const builtWithSystemClock = new WeakMap<Question, z.ZodType>();

export function schemaFor(question: Question, options: SchemaOptions = {}): z.ZodType {
  if (options.today) return buildSchema(question, options.today);
  let schema = builtWithSystemClock.get(question);
  if (!schema) {
    schema = buildSchema(question, () => new Date());
    builtWithSystemClock.set(question, schema);
  }
  return schema;
}

function buildSchema(question: Question, today: () => Date): z.ZodType {
  switch (question.type) {
    case "single":
    case "yesNo":
      return singleSchema(question);
    case "multiple":
      return multipleSchema(question);
    case "text":
      return textSchema(question);
    case "date":
      return dateSchema(question, today);
    case "number":
      return numberSchema(question);
    case "jobSearch":
      return jobSearchSchema(question);
  }
}

/** True when an answer carries nothing: an optional question left blank. */
export function isEmptyAnswer(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") {
    if ("jobs" in value && "unsure" in value) {
      const v = value as { jobs: unknown[]; unsure: boolean };
      return v.jobs.length === 0 && !v.unsure;
    }
    return Object.values(value).every((part) => typeof part !== "string" || part.trim() === "");
  }
  return false;
}
