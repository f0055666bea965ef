// Translation keys of the questionnaire namespace, derived from stable ids so they never drift from the definition.
import { IN_PERSON, type Question } from "./types";

export const sectionTitleKey = (section: string) => `sections.${section}`;
export const labelKey = (q: Question) => `questions.${q.id}.label`;
export const hintKey = (q: Question) => `questions.${q.id}.hint`;
export const whyKey = (q: Question) => `questions.${q.id}.why`;
export const whoKey = (q: Question) => `questions.${q.id}.who`;
export const noticeKey = (q: Question) => `questions.${q.id}.notice`;
/** "I have no phone number": the answer of a text question that says the person has none. */
export const noneKey = (q: Question) => `questions.${q.id}.none`;
export const unitKey = (q: Question) => `questions.${q.id}.unit`;
export const jobKey = (rome: string) => `jobs.${rome}`;
export const IN_PERSON_KEY = "inPerson";

export function optionKey(q: Question, code: string): string {
  // A question that lists NON_ABORDEE among its own options words it its own way ("all of this").
  if (code === IN_PERSON && !("options" in q && q.options.includes(IN_PERSON))) return IN_PERSON_KEY;
  if ("optionLabels" in q && q.optionLabels) return `${q.optionLabels}.${code}`;
  return `questions.${q.id}.options.${code}`;
}

/** The answers a grid offers for each of its items ("I need help", "It's a strength", "Not now"). */
export const columnKey = (q: Question, column: string) => `questions.${q.id}.columns.${column}`;
