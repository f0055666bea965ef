// From a sent file's answers to the counsellor's recap: what comes first, which codes, which topics to discuss.
import { questionnaire } from "@/lib/questionnaire/definition";
import { sentInThisQuestionnaire } from "@/lib/questionnaire/earlier";
import { findQuestion, withDeferredTopics } from "@/lib/questionnaire/engine";
import { isEmptyAnswer, schemaFor } from "@/lib/questionnaire/schemas";
import { answerTypeOf } from "@/lib/questionnaire/answerTypes";
import type { RecapValue as AnswerRecap } from "@/lib/questionnaire/answerTypes/answerType";
import { IN_PERSON, type AnswerValue, type Question } from "@/lib/questionnaire/types";
import { CONSTRAINTS, NEED_CODES, OTHER_TOPICS, needCode, type TopicId } from "./codes";

const NONE = "NONE";

type RecapValue = AnswerRecap | { kind: "to-discuss" };

export interface RecapRow {
  question: Question;
  value: RecapValue;
}

export type RecapSectionId = "situation" | "training" | "experience" | "job-wanted" | "contact" | "interview";

interface RecapSection {
  id: RecapSectionId;
  rows: RecapRow[];
}

interface Topic {
  topic: TopicId;
  code: string | null;
}

export interface ChosenOption {
  question: string;
  option: string;
}

export interface ConstraintRecap extends Topic {
  /** What the person reported, each a situation of DOMAIN.md under this constraint's code. */
  situations: ChosenOption[];
  /** Other facts chosen under the same topic (which licence, which housing), not difficulties in themselves. */
  context: ChosenOption[];
  toDiscuss: boolean;
  /** "None of these" was the answer: not the same as a question left blank. */
  nothingReported: boolean;
  answered: boolean;
}

export interface NeedsRecap {
  needs: number[];
  strengths: number[];
  /** Marked neither way ("Not now", or left unmarked): the needs left to explore at the interview. */
  notExplored: number[];
}

const NEEDS_QUESTION = "help-needs";

type InterpreterNeed = "needed" | "to-discuss" | "not-needed" | "not-said";

export interface Helper {
  name: string;
  role: string;
  via: string;
  questions: string[];
}

export interface Recap {
  firstName: string;
  lastName: string;
  /** Who filled in the file: alone, with help, or someone for them. */
  fillingMode: string | null;
  message: string | null;
  toDiscuss: Topic[];
  sections: RecapSection[];
  needs: NeedsRecap;
  constraints: ConstraintRecap[];
  otherDifficulties: RecapRow[];
  interpreter: InterpreterNeed;
  helpers: Helper[];
}

export type HelpedAnswers = Record<string, { role: string; name: string; via: string }>;

const SECTION_QUESTIONS: Record<RecapSectionId, readonly string[]> = {
  situation: ["current-activity", "time-without-work", "last-contract-end", "last-contract-reason", "availability", "benefits", "disability-status"],
  training: ["education-level", "diplomas", "languages", "french-level", "reading-writing", "digital-skills"],
  experience: ["past-jobs"],
  "job-wanted": ["jobs-wanted", "job-certainty", "contract-types", "working-time", "travel-time", "minimum-pay", "hours-unavailable", "cv"],
  contact: ["birth-date", "phone", "email", "address", "social-security-number", "contact-methods", "contact-times"],
  interview: ["interview-support", "accessibility-needs"],
};

const tokens = (value: AnswerValue | undefined): string[] => (typeof value === "string" ? [value] : Array.isArray(value) ? value : []);

const isToDiscuss = (value: AnswerValue | undefined) => tokens(value).includes(IN_PERSON);

/** Questions whose options are DOMAIN.md's own codes that counsellors know (NV1…), shown beside their label. */
const CODED_QUESTIONS = new Set(["education-level"]);

function valueOf(question: Question, value: AnswerValue): RecapValue {
  if (isToDiscuss(value)) return { kind: "to-discuss" };
  const drawn = answerTypeOf(question).recap(question, value);
  return drawn.kind === "options" && CODED_QUESTIONS.has(question.id) ? { ...drawn, coded: true } : drawn;
}

function rowsOf(ids: readonly string[], answers: Record<string, AnswerValue>): RecapRow[] {
  return ids.flatMap((id) => {
    const question = findQuestion(questionnaire, id);
    const value = answers[id];
    return question && value !== undefined ? [{ question, value: valueOf(question, value) }] : [];
  });
}

function constraintOf(definition: (typeof CONSTRAINTS)[number], answers: Record<string, AnswerValue>): ConstraintRecap {
  const situations: ChosenOption[] = [];
  const context: ChosenOption[] = [];
  let toDiscuss = false;
  // A topic the person did not choose among those that make things harder: nothing to report, and not asked.
  const topics = answers["difficulty-topics"];
  let answered = topics !== undefined && !tokens(topics).includes(IN_PERSON) && !tokens(topics).includes(definition.choice);
  // Someone with a car or a motorbike who also takes the bus does not depend on public transport.
  const hasVehicle = tokens(answers["transport"]).some((v) => v === "CAR" || v === "MOTORBIKE_SCOOTER");
  for (const id of definition.questions) {
    const chosen = tokens(answers[id]);
    if (chosen.length > 0) answered = true;
    for (const option of chosen) {
      if (option === IN_PERSON) toDiscuss = true;
      else if (option === NONE) continue;
      else {
        const listed = definition.situations?.[id];
        const isSituation = (listed ? listed.includes(option) : true) && !(option === "PUBLIC_TRANSPORT" && hasVehicle);
        (isSituation ? situations : context).push({ question: id, option });
      }
    }
  }
  return { topic: definition.topic, code: definition.code, situations, context, toDiscuss, nothingReported: answered && !toDiscuss && situations.length === 0, answered };
}

/** The needs' one answer: each need marked "I need help" or "It's a strength"; any other need was not explored. */
function needsOf(answers: Record<string, AnswerValue>): NeedsRecap {
  const question = findQuestion(questionnaire, NEEDS_QUESTION);
  const value = answers[NEEDS_QUESTION];
  const drawn = question && value !== undefined ? answerTypeOf(question).recap(question, value) : null;
  const marks = drawn?.kind === "marks" ? drawn.marks : [];
  const codes = (column: string) =>
    marks.flatMap((mark) => (mark.column === column ? [needCode(mark.item)] : [])).filter((c): c is number => c !== null).sort((a, b) => a - b);
  const needs = codes("NEED");
  const strengths = codes("STRENGTH");
  return { needs, strengths, notExplored: NEED_CODES.filter((c) => !needs.includes(c) && !strengths.includes(c)) };
}

function interpreterOf(answers: Record<string, AnswerValue>): InterpreterNeed {
  const support = tokens(answers["interview-support"]);
  const language = tokens(answers["language-needs"]);
  if (support.includes("INTERPRETER") || language.includes("NEEDS_INTERPRETER")) return "needed";
  if (language.includes(IN_PERSON)) return "to-discuss";
  if (support.length > 0 || language.length > 0) return "not-needed";
  return "not-said";
}

/** Helpers in the order they first appear in the questionnaire, each with the answers they entered. */
function helpersOf(helped: HelpedAnswers): Helper[] {
  const helpers = new Map<string, Helper>();
  for (const question of questionnaire.questions) {
    const by = helped[question.id];
    if (!by) continue;
    const key = JSON.stringify([by.name, by.role, by.via]);
    const helper = helpers.get(key) ?? { ...by, questions: [] };
    helper.questions.push(question.id);
    helpers.set(key, helper);
  }
  return [...helpers.values()];
}

/**
 * The answers of a sent file that this questionnaire can read: a file sent under an older questionnaire may hold
 * a question or an option that no longer exists, and the recap shows what it understands rather than failing
 * (what a merged question said is read in the question that took it over: earlier.ts).
 */
export function readableAnswers(raw: Record<string, unknown>): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(sentInThisQuestionnaire(raw))) {
    const question = findQuestion(questionnaire, id);
    if (question && schemaFor(question).safeParse(value).success && !isEmptyAnswer(value)) answers[id] = value as AnswerValue;
  }
  return answers;
}

/**
 * The recap of one sent file. It follows the questionnaire's order and the person's own words; it never weighs,
 * scores or ranks anything (the brief: people distrust files that sort them behind their back).
 */
export function buildRecap(sent: Record<string, AnswerValue>, helped: HelpedAnswers = {}): Recap {
  // "I'll talk about all of this at the interview" is NON_ABORDEE on every topic.
  const answers = withDeferredTopics(questionnaire, sent);
  const constraints = CONSTRAINTS.map((definition) => constraintOf(definition, answers));
  const toDiscuss: Topic[] = [];
  for (const question of questionnaire.questions) {
    if (!isToDiscuss(answers[question.id])) continue;
    const constraint = CONSTRAINTS.find((c) => c.questions.includes(question.id));
    const other = OTHER_TOPICS[question.id];
    const topic: Topic | null = constraint ? { topic: constraint.topic, code: constraint.code } : other ? { topic: other, code: null } : null;
    if (topic && !toDiscuss.some((t) => t.topic === topic.topic)) toDiscuss.push(topic);
  }
  const message = answers["message-to-counsellor"];
  return {
    firstName: typeof answers["first-name"] === "string" ? answers["first-name"] : "",
    lastName: typeof answers["last-name"] === "string" ? answers["last-name"] : "",
    fillingMode: typeof answers["filling-mode"] === "string" ? answers["filling-mode"] : null,
    message: typeof message === "string" && message.trim() !== "" ? message : null,
    toDiscuss,
    sections: (Object.keys(SECTION_QUESTIONS) as RecapSectionId[]).map((id) => ({ id, rows: rowsOf(SECTION_QUESTIONS[id], answers) })),
    needs: needsOf(answers),
    constraints,
    otherDifficulties: rowsOf(["other-difficulties-details"], answers),
    interpreter: interpreterOf(answers),
    helpers: helpersOf(helped),
  };
}
