// The journey engine: pure functions over (questionnaire, answers) that decide which questions are asked,
// where Continue and Back lead, which steps may be visited, and how far along the person is.
import { choiceOptions, isEmptyAnswer, schemaFor, type SchemaOptions } from "./schemas";
import type { AnswerValue, Answers, Condition, Question, Questionnaire } from "./types";

export const START = "start" as const;
export const CHECK = "check" as const;
export type Step = string | typeof START | typeof CHECK;

/** What a condition compares against: the chosen codes, or UNSURE for "I don't know yet" on a job search. */
function tokens(value: AnswerValue | undefined): string[] {
  if (value === undefined) return [];
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value;
  if ("unsure" in value) return value.unsure ? ["UNSURE"] : value.jobs.length > 0 ? ["JOBS"] : [];
  return [];
}

function holds(condition: Condition, answers: Answers): boolean {
  const given = tokens(answers[condition.question]);
  if ("anyOf" in condition) return given.some((t) => condition.anyOf.includes(t));
  return !given.some((t) => condition.noneOf.includes(t));
}

export function findQuestion(definition: Questionnaire, id: string): Question | undefined {
  return definition.questions.find((q) => q.id === id);
}

/**
 * The questions asked for these answers, in order. Conditions only see answers of questions that are
 * themselves asked, so an answer left behind on a branch that was later closed never opens another one.
 */
export function visibleQuestions(definition: Questionnaire, answers: Answers): Question[] {
  const asked: Question[] = [];
  const seen: Record<string, AnswerValue | undefined> = {};
  for (const question of definition.questions) {
    if ((question.showIf ?? []).every((c) => holds(c, seen))) {
      asked.push(question);
      seen[question.id] = answers[question.id];
    }
  }
  return asked;
}

/** Only the answers of questions that are asked: what is checked, sent and shown. */
export function effectiveAnswers(definition: Questionnaire, answers: Answers): Record<string, AnswerValue> {
  const result: Record<string, AnswerValue> = {};
  for (const q of visibleQuestions(definition, answers)) {
    const value = answers[q.id];
    if (value !== undefined && !isEmptyAnswer(value)) result[q.id] = value;
  }
  return result;
}

/** Options that the question offers given the other answers (strengths do not repeat the needs). */
export function offeredOptions(question: Question, answers: Answers): string[] {
  if (question.type !== "single" && question.type !== "yesNo" && question.type !== "multiple") return [];
  const all = choiceOptions(question);
  if (question.type !== "multiple" || !question.excludeChosenIn) return all;
  const taken = tokens(answers[question.excludeChosenIn]);
  return all.filter((o) => !taken.includes(o));
}

/** The error key for one answer, or null when it is acceptable (an optional question may stay blank). */
export function answerError(question: Question, value: unknown, answers: Answers, options?: SchemaOptions): string | null {
  const result = schemaFor(question, options).safeParse(value);
  if (!result.success) return result.error.issues[0]?.message ?? "choice.unknown";
  const offered = offeredOptions(question, answers);
  if (question.type === "multiple" && Array.isArray(value) && value.some((v) => !offered.includes(v))) return "choice.alreadyChosen";
  return null;
}

function isComplete(question: Question, answers: Answers, options?: SchemaOptions): boolean {
  const value = answers[question.id];
  if (!question.required && isEmptyAnswer(value)) return true;
  if (question.required && isEmptyAnswer(value)) return false;
  return answerError(question, value, answers, options) === null;
}

export function nextStep(definition: Questionnaire, answers: Answers, current: Step): Step {
  const asked = visibleQuestions(definition, answers);
  if (current === START) return asked[0]?.id ?? CHECK;
  const index = asked.findIndex((q) => q.id === current);
  if (index === -1) return firstIncomplete(definition, answers);
  return asked[index + 1]?.id ?? CHECK;
}

export function previousStep(definition: Questionnaire, answers: Answers, current: Step): Step {
  const asked = visibleQuestions(definition, answers);
  if (current === CHECK) return asked.at(-1)?.id ?? START;
  const index = asked.findIndex((q) => q.id === current);
  return index > 0 ? asked[index - 1]!.id : START;
}

/** The first question that still needs an answer, or the check page when all are done. */
export function firstIncomplete(definition: Questionnaire, answers: Answers, options?: SchemaOptions): Step {
  const missing = visibleQuestions(definition, answers).find((q) => !isComplete(q, answers, options));
  return missing?.id ?? CHECK;
}

/**
 * A step may be visited when it is asked and every question before it is complete: no one lands on a
 * question whose meaning depends on an earlier answer they have not given.
 */
export function canVisit(definition: Questionnaire, answers: Answers, step: Step, options?: SchemaOptions): boolean {
  if (step === START) return true;
  const asked = visibleQuestions(definition, answers);
  const index = step === CHECK ? asked.length : asked.findIndex((q) => q.id === step);
  if (index === -1) return false;
  return asked.slice(0, index).every((q) => isComplete(q, answers, options));
}

export interface Progress {
  /** 1-based position of the question among those asked. */
  step: number;
  total: number;
  section: string;
}

export function progress(definition: Questionnaire, answers: Answers, current: string): Progress | null {
  const asked = visibleQuestions(definition, answers);
  const index = asked.findIndex((q) => q.id === current);
  if (index === -1) return null;
  return { step: index + 1, total: asked.length, section: asked[index]!.section };
}

export interface FileProblem {
  question: string;
  error: string;
}

/**
 * Checks a whole file as the server receives it: unknown questions, answers to questions that are not
 * asked, missing required answers and every answer against its schema.
 */
export function checkFile(definition: Questionnaire, answers: Record<string, unknown>, options?: SchemaOptions): FileProblem[] {
  const problems: FileProblem[] = [];
  const known = new Set(definition.questions.map((q) => q.id));
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) problems.push({ question: id, error: "file.unknownQuestion" });
  }
  if (problems.length > 0) return problems;
  const typed = answers as Answers;
  const asked = visibleQuestions(definition, typed);
  const askedIds = new Set(asked.map((q) => q.id));
  for (const id of Object.keys(answers)) {
    if (!askedIds.has(id) && !isEmptyAnswer(answers[id])) problems.push({ question: id, error: "file.notAsked" });
  }
  for (const question of asked) {
    const value = typed[question.id];
    if (isEmptyAnswer(value)) {
      if (question.required) problems.push({ question: question.id, error: requiredKey(question) });
      continue;
    }
    const error = answerError(question, value, typed, options);
    if (error) problems.push({ question: question.id, error });
  }
  return problems;
}

function requiredKey(question: Question): string {
  switch (question.type) {
    case "multiple":
      return "required.multiple";
    case "single":
    case "yesNo":
      return "required.single";
    case "jobSearch":
      return question.allowUnsure ? "required.jobsOrUnsure" : "required.jobs";
    default:
      return `required.${question.type}`;
  }
}
