// Turns a stored answer into the words shown on "check your answers" (and later the counsellor's recap).
import { jobKey, optionKey, unitKey } from "./keys";
import type { AnswerValue, DateValue, JobSearchValue, Question } from "./types";

type Translate = (key: string, options?: Record<string, unknown>) => string;

function formatDate(value: DateValue, precision: "day" | "month", lang: string): string {
  const date = new Date(Date.UTC(Number(value.year), Number(value.month) - 1, precision === "day" ? Number(value.day) : 1));
  const options: Intl.DateTimeFormatOptions =
    precision === "day" ? { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" } : { month: "long", year: "numeric", timeZone: "UTC" };
  // Latin digits in every language, as on French official papers the person will compare with.
  return new Intl.DateTimeFormat(`${lang}-u-nu-latn`, options).format(date);
}

/**
 * One line per item of the answer. `tq` translates the questionnaire namespace; `unsure` is the
 * label of "I don't know yet" for job searches.
 */
export function formatAnswer(question: Question, value: AnswerValue, tq: Translate, lang: string, unsure: string): string[] {
  switch (question.type) {
    case "single":
    case "yesNo":
      return [tq(optionKey(question, value as string))];
    case "multiple":
      return (value as string[]).map((code) => tq(optionKey(question, code)));
    case "text":
      return [value as string];
    case "number":
      return [`${value as string} ${tq(unitKey(question))}`];
    case "date":
      return [formatDate(value as DateValue, question.precision, lang)];
    case "jobSearch": {
      const jobs = value as JobSearchValue;
      return jobs.unsure ? [unsure] : jobs.jobs.map((job) => ("rome" in job ? tq(jobKey(job.rome)) : job.text));
    }
  }
}
