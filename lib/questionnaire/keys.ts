// Translation keys of the questionnaire namespace, derived from stable ids so they never drift from the definition.
import { IN_PERSON, type Question } from "./types";

export const sectionTitleKey = (section: string) => `sections.${section}`;
export const labelKey = (q: Question) => `questions.${q.id}.label`;
export const hintKey = (q: Question) => `questions.${q.id}.hint`;
export const whyKey = (q: Question) => `questions.${q.id}.why`;
export const whoKey = (q: Question) => `questions.${q.id}.who`;
export const noticeKey = (q: Question) => `questions.${q.id}.notice`;
export const unitKey = (q: Question) => `questions.${q.id}.unit`;
export const jobKey = (rome: string) => `jobs.${rome}`;
export const IN_PERSON_KEY = "inPerson";

export function optionKey(q: Question, code: string): string {
  if (code === IN_PERSON) return IN_PERSON_KEY;
  if ("optionLabels" in q && q.optionLabels) return `${q.optionLabels}.${code}`;
  return `questions.${q.id}.options.${code}`;
}
