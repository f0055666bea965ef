// The journey engine: pure functions over (questionnaire, answers) that decide which questions are asked,
// where Continue and Back lead, which steps may be visited, and how far along the person is.
import { answerTypeOf } from "./answerTypes";
import { conditionHolds } from "./conditions";
import { isEmptyAnswer, schemaFor, type SchemaOptions } from "./schemas";
import { IN_PERSON, type AnswerValue, type Answers, type Condition, type Question, type Questionnaire } from "./types";

export const START = "start" as const;
export const CHECK = "check" as const;
/** Where the person is: a question's id, START or CHECK. */
export type Step = string;

/** What a condition compares against, as the other question's answer type reads its answer. */
function tokens(question: Question | undefined, value: AnswerValue | undefined): string[] {
  return question === undefined || value === undefined ? [] : answerTypeOf(question).tokens(value);
}

function holds(condition: Condition, asked: ReadonlyMap<string, Question>, answers: Answers): boolean {
  const value = asked.has(condition.question) ? answers[condition.question] : undefined;
  return conditionHolds(condition, value, tokens(asked.get(condition.question), value));
}

export function findQuestion(definition: Questionnaire, id: string): Question | undefined {
  return definition.questions.find((q) => q.id === id);
}

/** The screen a question is asked on: its own, or the one of the question it is asked under (`onScreenOf`). */
export function screenOf(definition: Questionnaire, id: string): string {
  return findQuestion(definition, id)?.onScreenOf ?? id;
}

/** The questions asked under this one on its screen, whether their conditions hold or not, in order. */
export function followersOf(definition: Questionnaire, id: string): Question[] {
  return definition.questions.filter((q) => q.onScreenOf === id);
}

/**
 * The follow-ups shown under a question's answer as it stands on its screen, before it is saved: a follow-up's
 * conditions read only that answer (definition test), so the screen opens it as the person ticks.
 */
export function followUpsShown(definition: Questionnaire, question: Question, value: unknown): Question[] {
  const answer = isEmptyAnswer(value) ? undefined : (value as AnswerValue);
  return followersOf(definition, question.id).filter((f) => (f.showIf ?? []).every((c) => conditionHolds(c, answer, tokens(question, answer))));
}

/** The screens asked for these answers, each named by the question at its head, in order. */
function askedScreens(definition: Questionnaire, answers: Answers): string[] {
  return visibleQuestions(definition, answers).flatMap((q) => (q.onScreenOf === undefined ? [q.id] : []));
}

/**
 * The questions asked for these answers, in order. Conditions only see answers of questions that are
 * themselves asked, so an answer left behind on a branch that was later closed never opens another one.
 */
export function visibleQuestions(definition: Questionnaire, answers: Answers): Question[] {
  return [...askedWithAnswers(definition, answers).asked.values()];
}

/** The asked questions by id, in order, and only their answers: what every condition is allowed to see. */
function askedWithAnswers(definition: Questionnaire, answers: Answers) {
  const asked = new Map<string, Question>();
  const seen: Record<string, AnswerValue | undefined> = {};
  for (const question of definition.questions) {
    if ((question.showIf ?? []).every((c) => holds(c, asked, seen))) {
      asked.set(question.id, question);
      seen[question.id] = answers[question.id];
    }
  }
  return { asked, seen };
}

export interface StartingAnswer {
  value: AnswerValue | undefined;
  /** True when earlier answers filled it in: the screen says so, and the person may change it. */
  prefilled: boolean;
}

/**
 * What the question's form starts with: the saved answer, else what earlier answers already said (WCAG 3.3.7,
 * redundant entry): the question's prefill rules, and the only option left when a required question offers one.
 */
export function startingAnswer(definition: Questionnaire, answers: Answers, question: Question): StartingAnswer {
  const saved = answers[question.id];
  if (question.type !== "multiple") return { value: saved, prefilled: false };
  const offered = offeredOptions(question, answers);
  // An earlier answer changed since ("By e-mail" chosen, then "I have no e-mail"): what is no longer offered is
  // not kept hidden in the form, where the person could neither see nor untick it.
  if (saved !== undefined) return { value: Array.isArray(saved) ? saved.filter((code) => offered.includes(code)) : saved, prefilled: false };
  const { asked, seen } = askedWithAnswers(definition, answers);
  const said = (question.prefill ?? []).filter((rule) => holds(rule.when, asked, seen)).flatMap((rule) => rule.add);
  if (question.required && offered.length === 1) said.push(...offered);
  const codes = offered.filter((code) => said.includes(code));
  return codes.length > 0 ? { value: codes, prefilled: true } : { value: undefined, prefilled: false };
}

/**
 * What to store when the person leaves a question empty: nothing, except where earlier answers would tick something
 * again. There the empty list is kept, so that what the person unticked stays unticked when they come back (an
 * empty list is no answer everywhere else: checked, sent and shown as blank).
 */
export function emptyAnswerToStore(definition: Questionnaire, answers: Answers, question: Question): AnswerValue | undefined {
  const { [question.id]: _own, ...others } = answers;
  return startingAnswer(definition, others, question).prefilled ? [] : undefined;
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

/**
 * The answers with "I'll talk about all of this at the interview" spelled out: every topic question it stands for,
 * that would be asked had the person chosen every topic, and that can itself hold NON_ABORDEE (a choice, not the
 * free text of "something else"), is NON_ABORDEE. What the counsellor's recap and the export read (DOMAIN.md's codes).
 */
export function withDeferredTopics(definition: Questionnaire, answers: Record<string, AnswerValue>): Record<string, AnswerValue> {
  const result = { ...answers };
  for (const topics of definition.questions) {
    if (topics.type !== "multiple" || !topics.defersTopics || !tokens(topics, answers[topics.id]).includes(IN_PERSON)) continue;
    const every = topics.options.filter((code) => code !== IN_PERSON && !(topics.exclusive ?? []).includes(code));
    for (const question of visibleQuestions(definition, { ...answers, [topics.id]: every })) {
      const opened = (question.showIf ?? []).some((c) => c.question === topics.id);
      if (opened && "options" in question && question.sensitive) result[question.id] = question.type === "multiple" ? [IN_PERSON] : IN_PERSON;
    }
  }
  return result;
}

/** Options that the question offers given the other answers ("By SMS" needs a phone number). */
export function offeredOptions(question: Question, answers: Answers): string[] {
  return answerTypeOf(question).offered(question, answers);
}

/** The error key for one answer, or null when it is acceptable (an optional question may stay blank). */
function answerError(question: Question, value: unknown, answers: Answers, options?: SchemaOptions): string | null {
  const result = schemaFor(question, options).safeParse(value);
  if (!result.success) return result.error.issues[0]?.message ?? "choice.unknown";
  return answerTypeOf(question).checkWithOthers(question, value, answers);
}

/** Answered acceptably, or an optional question left blank. */
export function isComplete(question: Question, answers: Answers, options?: SchemaOptions): boolean {
  const value = answers[question.id];
  if (!question.required && isEmptyAnswer(value)) return true;
  if (question.required && isEmptyAnswer(value)) return false;
  return answerError(question, value, answers, options) === null;
}

/** Where Continue leads from a screen (or from a question asked on it): the next screen asked, or the check page. */
export function nextStep(definition: Questionnaire, answers: Answers, current: Step): Step {
  const screens = askedScreens(definition, answers);
  if (current === START) return screens[0] ?? CHECK;
  const index = screens.indexOf(screenOf(definition, current));
  if (index === -1) return firstIncomplete(definition, answers);
  return screens[index + 1] ?? CHECK;
}

/**
 * After a change made from the check page: the first screen after the changed one that asks a question that was not
 * asked before the change (each follow-up it opened, optional ones too, wherever it stands), or the check page. A
 * follow-up opened on the changed screen itself was asked there.
 */
export function nextOpenedStep(definition: Questionnaire, answers: Answers, changed: string, askedBefore: ReadonlySet<string>): Step {
  const screen = screenOf(definition, changed);
  const asked = visibleQuestions(definition, answers);
  const start = asked.findIndex((q) => q.id === screen);
  const opened = asked.slice(start + 1).find((q) => q.onScreenOf !== screen && !askedBefore.has(q.id));
  return opened ? screenOf(definition, opened.id) : CHECK;
}

export function previousStep(definition: Questionnaire, answers: Answers, current: Step): Step {
  const screens = askedScreens(definition, answers);
  if (current === CHECK) return screens.at(-1) ?? START;
  const index = screens.indexOf(screenOf(definition, current));
  // Before the first asked screen (or off the path) is the start.
  return (index > 0 ? screens[index - 1] : undefined) ?? START;
}

/** The screen of the first question that still needs an answer, or the check page when all are done. */
export function firstIncomplete(definition: Questionnaire, answers: Answers, options?: SchemaOptions): Step {
  const missing = visibleQuestions(definition, answers).find((q) => !isComplete(q, answers, options));
  return missing ? screenOf(definition, missing.id) : CHECK;
}

/**
 * A step may be visited when it is a screen that is asked and every question before it is complete: no one lands on
 * a question whose meaning depends on an earlier answer they have not given. A question asked on another question's
 * screen is no step of its own.
 */
export function canVisit(definition: Questionnaire, answers: Answers, step: Step, options?: SchemaOptions): boolean {
  if (step === START) return true;
  const asked = visibleQuestions(definition, answers);
  const index = step === CHECK ? asked.length : asked.findIndex((q) => q.id === step && q.onScreenOf === undefined);
  if (index === -1) return false;
  return asked.slice(0, index).every((q) => isComplete(q, answers, options));
}

export interface Progress {
  /** 1-based position of the question's section in the file. */
  step: number;
  /** Every section of the file: answers never change it (a count of questions asked grew and shrank, issue 13). */
  total: number;
  section: string;
}

/** Where a question sits, by section: null for a question that is not asked. */
export function progress(definition: Questionnaire, answers: Answers, current: string): Progress | null {
  const question = visibleQuestions(definition, answers).find((q) => q.id === current);
  if (!question) return null;
  const index = definition.sections.findIndex((section) => section.id === question.section);
  return { step: index + 1, total: definition.sections.length, section: question.section };
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
      if (question.required) problems.push({ question: question.id, error: answerTypeOf(question).requiredError(question) });
      continue;
    }
    const error = answerError(question, value, typed, options);
    if (error) problems.push({ question: question.id, error });
  }
  return problems;
}
