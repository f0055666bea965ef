// Dates and links of the sent file, worded the same on every screen that shows it.
import { findQuestion } from "@/lib/questionnaire/engine";
import { questionnaire } from "@/lib/questionnaire/definition";
import { sentInThisQuestionnaire } from "@/lib/questionnaire/earlier";
import { schemaFor } from "@/lib/questionnaire/schemas";
import type { AnswerValue, Answers } from "@/lib/questionnaire/types";

export const myFileHref = (lang: string) => `/${lang}/my-file`;

// Latin digits in every language, as on the French papers the person will compare with; the French time zone,
// since the agency's hours are what the person will be told.
const ZONE = "Europe/Paris";

export function sentDay(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(`${lang}-u-nu-latn`, { day: "numeric", month: "long", year: "numeric", timeZone: ZONE }).format(new Date(iso));
}

export function readDay(iso: string, lang: string): { date: string; time: string } {
  const at = new Date(iso);
  return {
    date: new Intl.DateTimeFormat(`${lang}-u-nu-latn`, { day: "numeric", month: "long", timeZone: ZONE }).format(at),
    time: new Intl.DateTimeFormat(`${lang}-u-nu-latn`, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: ZONE }).format(at),
  };
}

/**
 * The server's snapshot in this questionnaire's questions (it may be older), kept only where each answer still reads
 * with its question's schema (no casts of JSON).
 */
export function answersOfSnapshot(snapshot: Record<string, unknown>): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(sentInThisQuestionnaire(snapshot))) {
    const question = findQuestion(questionnaire, id);
    const parsed = question ? schemaFor(question).safeParse(value) : null;
    // schemaFor is typed loosely (one function for every answer type); what it accepted is that question's value.
    if (parsed?.success) answers[id] = parsed.data as AnswerValue;
  }
  return answers;
}
