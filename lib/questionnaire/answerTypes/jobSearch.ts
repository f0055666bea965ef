// Jobs wanted: ROME codes picked from suggestions or the person's own words, or "I don't know yet".
import * as z from "zod/mini";
import { jobKey } from "../keys";
import type { JobSearchQuestion, JobSearchValue } from "../types";
import { codesOf, noTextKeys, noCheckWithOthers, noOptions, storable, storedAsIs, type AnswerTypeModule } from "./answerType";

const romeCode = /^[A-N]\d{4}$/;

export const jobSearch: AnswerTypeModule<JobSearchQuestion, JobSearchValue> = {
  schema(question) {
    const job = z.union(
      [
        z.strictObject({ rome: z.string().check(z.regex(romeCode, { error: "choice.unknown" })) }),
        z.strictObject({
          text: z
            .string()
            .check(z.refine(storable, { error: "text.unstorable", abort: true }), z.trim(), z.minLength(1, { error: "choice.unknown" }), z.maxLength(100, { error: "jobs.tooLong" })),
        }),
      ],
      { error: "choice.unknown" },
    );
    return z.pipe(
      z.transform((value: unknown) => value ?? { jobs: [], unsure: false }),
      z.strictObject({ jobs: z.array(job, { error: "choice.unknown" }), unsure: z.boolean({ error: "choice.unknown" }) }, { error: "choice.unknown" }).check(
        z.superRefine((value, ctx) => {
          if (value.unsure && !question.allowUnsure) ctx.addIssue({ code: "custom", message: "choice.unknown" });
          else if (value.unsure && value.jobs.length > 0) ctx.addIssue({ code: "custom", message: "jobs.unsureWithJobs" });
          else if (value.jobs.length > question.maxJobs) ctx.addIssue({ code: "custom", message: "jobs.tooMany" });
          else if (question.required && !value.unsure && value.jobs.length === 0) {
            ctx.addIssue({ code: "custom", message: question.allowUnsure ? "required.jobsOrUnsure" : "required.jobs" });
          }
        }),
      ),
    );
  },
  ...storedAsIs<JobSearchQuestion>((question) =>
    z.strictObject({
      jobs: z
        .array(
          z.union([
            z.strictObject({ rome: z.string().check(z.regex(romeCode), z.meta({ description: "ROME job code" })) }),
            z.strictObject({ text: z.string().check(z.minLength(1), z.maxLength(100), z.meta({ description: "A job typed by the person, as typed" })) }),
          ]),
        )
        .check(z.maxLength(question.maxJobs)),
      unsure: z.boolean(),
    }),
  ),
  empty: () => ({ jobs: [], unsure: false }),
  format: (_question, value, { tq, unsure }) => (value.unsure ? [unsure] : value.jobs.map((job) => ("rome" in job ? tq(jobKey(job.rome)) : job.text))),
  textKeys: noTextKeys,
  errorParams: (question) => ({ max: question.maxJobs }),
  requiredError: (question) => (question.allowUnsure ? "required.jobsOrUnsure" : "required.jobs"),
  // UNSURE for "I don't know yet", JOBS when at least one job is chosen.
  tokens: (value) => {
    if (typeof value === "object" && value !== null && !Array.isArray(value) && "unsure" in value) return value.unsure ? ["UNSURE"] : value.jobs.length > 0 ? ["JOBS"] : [];
    return codesOf(value);
  },
  offered: noOptions,
  checkWithOthers: noCheckWithOthers,
  recap: (question, value) => ({ kind: "jobs", jobs: value.jobs, unsure: value.unsure }),
  fixture: () => ({ jobs: [{ rome: "K2204" }], unsure: false }),
};
