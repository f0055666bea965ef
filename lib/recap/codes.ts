// The France Travail codes the recap speaks (../shared/DOMAIN.md), mapped onto the questionnaire's own options.

/** Needs are recorded as "N<code>"; the code is what the counsellor's tools know (there is no need 7). */
export const NEED_CODES = [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21] as const;
export const needOption = (code: number) => `N${code}`;
export const needCode = (option: string): number | null => {
  const code = Number(option.replace(/^N/, ""));
  return (NEED_CODES as readonly number[]).includes(code) ? code : null;
};

export type TopicId =
  | "mobility"
  | "family"
  | "health"
  | "basic-skills"
  | "housing"
  | "money"
  | "papers"
  | "digital"
  | "language"
  | "other"
  | "disability";

export interface ConstraintDefinition {
  topic: TopicId;
  /** Its answer in the first question of "what can make things harder" (difficulty-topics). */
  choice: string;
  /** The constraint code of DOMAIN.md; digital access and language have none there. */
  code: string | null;
  /** Questions that feed it, in the questionnaire's order. */
  questions: readonly string[];
  /**
   * Options that are situations of the constraint (DOMAIN's list); the others chosen are context (what licence,
   * which housing). Absent: every option but NONE is a situation.
   */
  situations?: Readonly<Record<string, readonly string[]>>;
}

export const CONSTRAINTS: readonly ConstraintDefinition[] = [
  {
    topic: "mobility",
    choice: "MOBILITY",
    code: "23",
    questions: ["driving-licence", "transport"],
    situations: { "driving-licence": ["LICENCE_SUSPENDED"], transport: ["NO_TRANSPORT", "PUBLIC_TRANSPORT", "HEALTH_NO_DRIVING"] },
  },
  { topic: "family", choice: "FAMILY", code: "24", questions: ["family"] },
  { topic: "health", choice: "HEALTH", code: "25", questions: ["health"] },
  { topic: "basic-skills", choice: "BASIC_SKILLS", code: "26", questions: ["basic-skills"] },
  {
    topic: "housing",
    choice: "HOUSING",
    code: "27",
    questions: ["housing-situation", "housing-difficulties"],
    situations: { "housing-situation": ["NO_ACCOMMODATION"] },
  },
  { topic: "money", choice: "MONEY", code: "28", questions: ["money"] },
  { topic: "papers", choice: "PAPERS", code: "29", questions: ["papers"] },
  {
    topic: "digital",
    choice: "DIGITAL",
    code: null,
    questions: ["digital-access"],
    situations: { "digital-access": ["NO_CONNECTION", "NO_EMAIL_ADDRESS", "ONLINE_PROCEDURES_DIFFICULT"] },
  },
  { topic: "language", choice: "LANGUAGE", code: null, questions: ["language-needs"] },
];

/** Sensitive questions outside the constraints, for the "to discuss" list. */
export const OTHER_TOPICS: Readonly<Record<string, TopicId>> = {
  "disability-status": "disability",
};
