// The pre-interview file as data: every section and question, in order (see ../shared/DOMAIN.md).
import { IN_PERSON, type Condition, type Questionnaire } from "./types";

/** Raised whenever a question, an answer set or a condition changes: each sent file records the one it answers. */
export const QUESTIONNAIRE_VERSION = "2026-12-05";

const NONE = "NONE";
const DONT_KNOW = "DONT_KNOW";
const TOPICS = "difficulty-topics";
/** Asked only when the person chose the topic in the first question of "what can make things harder". */
const chose = (topic: string): Condition => ({ question: TOPICS, anyOf: [topic] });

export const questionnaire: Questionnaire = {
  sections: [
    { id: "start" },
    { id: "me" },
    { id: "situation" },
    { id: "rights" },
    { id: "background" },
    { id: "job-wanted" },
    { id: "job-search" },
    { id: "difficulties" },
    { id: "interview" },
  ],
  questions: [
    // Before you start
    { id: "filling-mode", section: "start", type: "single", required: true, options: ["ALONE", "WITH_HELP", "FOR_ME"] },

    // Me
    { id: "first-name", section: "me", type: "text", format: "name", required: true, maxLength: 80, autocomplete: "given-name" },
    // First and last name on one screen, as GOV.UK asks a name.
    { id: "last-name", section: "me", type: "text", format: "name", required: true, maxLength: 80, autocomplete: "family-name", onScreenOf: "first-name" },
    { id: "birth-date", section: "me", type: "date", precision: "day", required: true, yearsAgo: { min: 15, max: 100 } },
    // "I have no stable address", "I have no phone number" and "I have no e-mail" are answers on the question's own
    // screen (issue 14: one screen, not a yes/no then the address): a person without them can finish the file, and
    // the contact methods follow from them. Answers of the former has-address question: earlier.ts.
    {
      id: "address", section: "me", type: "text", format: "free", multiline: true, required: true, maxLength: 300,
      autocomplete: "street-address", noneCode: "NO_STABLE_ADDRESS",
    },
    { id: "phone", section: "me", type: "text", format: "phone", required: true, maxLength: 20, autocomplete: "tel", noneCode: "NO_PHONE" },
    { id: "email", section: "me", type: "text", format: "email", required: false, maxLength: 254, autocomplete: "email", noneCode: "NO_EMAIL" },
    { id: "social-security-number", section: "me", type: "text", glossary: ["social-security", "carte-vitale"], format: "socialSecurityNumber", required: false, maxLength: 21 },

    // My situation today
    {
      id: "current-activity", section: "situation", type: "single", glossary: ["training", "sick-leave", "parental-leave"], required: true,
      options: ["LOOKING", "WORKING_PART_TIME", "TRAINING", "STUDENT", "SICK_LEAVE", "PARENTAL_LEAVE", "AT_HOME", "OTHER"],
    },
    {
      id: "time-without-work", section: "situation", type: "single", required: true,
      options: ["UNDER_6_MONTHS", "6_TO_12_MONTHS", "1_TO_2_YEARS", "2_TO_5_YEARS", "5_TO_10_YEARS", "OVER_10_YEARS", "NEVER_WORKED"],
    },
    {
      id: "last-contract-end", section: "situation", type: "date", precision: "month", required: true, yearsAgo: { min: 0, max: 60 },
      showIf: [{ question: "time-without-work", noneOf: ["NEVER_WORKED"] }],
    },
    {
      id: "last-contract-reason", section: "situation", type: "single", glossary: ["cdd", "interim", "mutual-termination", "dismissal", "resignation"], required: true,
      options: ["END_OF_FIXED_TERM", "DISMISSAL", "MUTUAL_TERMINATION", "RESIGNATION", "END_OF_TEMP_MISSION", "OTHER"],
      showIf: [{ question: "time-without-work", noneOf: ["NEVER_WORKED"] }],
    },
    { id: "availability", section: "situation", type: "single", required: true, options: ["NOW", "PART_TIME", "NOT_YET_READY", DONT_KNOW] },

    // My rights
    { id: "benefits", section: "rights", type: "multiple", glossary: ["rsa", "are", "ass", "caf", "france-travail"], required: false, options: ["RSA", "ARE", "ASS", NONE, DONT_KNOW], exclusive: [NONE, DONT_KNOW] },
    { id: "disability-status", section: "rights", type: "single", glossary: ["rqth"], required: false, sensitive: true, options: ["YES", "IN_PROGRESS", "NO", DONT_KNOW] },

    // My background
    {
      id: "education-level", section: "background", type: "single", glossary: ["cap-bep", "bac", "college", "lycee", "brevet", "bts-dut", "licence-master"], required: true,
      options: ["AFS", "CP4", "CFG", "C3A", "C12", "NV5", "NV4", "NV3", "NV2", "NV1"],
    },
    { id: "diplomas", section: "background", type: "text", glossary: ["cap-bep", "forklift-licence"], format: "free", multiline: true, required: false, maxLength: 1000 },
    {
      id: "past-jobs", section: "background", type: "jobSearch", required: false, allowUnsure: false, maxJobs: 10,
      showIf: [{ question: "time-without-work", noneOf: ["NEVER_WORKED"] }],
    },
    {
      id: "languages", section: "background", type: "multiple", required: false,
      options: ["FR", "AR", "EN", "ES", "PT", "RO", "TR", "UK", "RU", "OTHER"],
    },
    { id: "french-level", section: "background", type: "single", required: true, options: ["FLUENT", "EVERYDAY", "A_LITTLE", "NOT_AT_ALL"] },
    { id: "reading-writing", section: "background", type: "single", required: false, options: ["EASY", "SOME_DIFFICULTY", "GREAT_DIFFICULTY"] },
    { id: "digital-skills", section: "background", type: "single", required: true, options: ["CONFIDENT", "BASICS", "NEED_HELP", "NEVER_USED"] },

    // The job I want
    { id: "jobs-wanted", section: "job-wanted", type: "jobSearch", required: true, allowUnsure: true, maxJobs: 3 },
    {
      id: "job-certainty", section: "job-wanted", type: "single", required: true, options: ["SURE", "FAIRLY_SURE", "NOT_SURE"],
      showIf: [{ question: "jobs-wanted", noneOf: ["UNSURE"] }],
    },
    {
      id: "contract-types", section: "job-wanted", type: "multiple", glossary: ["cdi", "cdd", "interim", "apprenticeship", "professionalisation", "umbrella-company"], required: true,
      options: ["CDI", "CDD", "TEMP_WORK", "SEASONAL", "SELF_EMPLOYED", "PROFESSIONALISATION", "APPRENTICESHIP", "UMBRELLA_COMPANY"],
    },
    { id: "working-time", section: "job-wanted", type: "single", required: true, options: ["FULL_TIME", "PART_TIME", "EITHER"] },
    { id: "travel-time", section: "job-wanted", type: "number", required: true, min: 0, max: 180, decimals: 0 },
    // The legal minimum wage (SMIC) is 12.02 euros gross an hour since 1 January 2026 (décret 2025-1228).
    { id: "minimum-pay", section: "job-wanted", type: "number", glossary: ["smic", "gross-pay"], required: false, min: 0, max: 500, decimals: 2, noticeBelow: 12.02 },
    {
      id: "hours-unavailable", section: "job-wanted", type: "multiple", required: false,
      options: ["EARLY_MORNING", "EVENING", "NIGHT", "WEEKEND", NONE], exclusive: [NONE],
    },

    // My job search so far
    { id: "cv", section: "job-search", type: "single", glossary: ["cv"], required: true, options: ["UP_TO_DATE", "OLD", "NO_CV"] },
    {
      // The 20 needs asked once: each marked "I need help", "It's a strength" or "Not now" (left unmarked, not
      // explored). The export keeps its two lists: help-needs and strengths.
      id: "help-needs", section: "job-search", type: "grid", glossary: ["cv", "training", "cover-letter"], required: false, optionLabels: "needs",
      options: ["N1", "N2", "N3", "N4", "N5", "N6", "N8", "N9", "N10", "N11", "N12", "N13", "N14", "N15", "N16", "N17", "N18", "N19", "N20", "N21"],
      columns: ["NEED", "STRENGTH", "NOT_NOW"],
      exportAs: { NEED: "help-needs", STRENGTH: "strengths" },
    },

    // What can make things harder
    // What can make things harder: first the topics that apply, then only those (issue 14). "I'll talk about all of
    // this at the interview" stands for NON_ABORDEE on every topic (engine.ts, withDeferredTopics).
    {
      id: TOPICS, section: "difficulties", type: "multiple", required: true, defersTopics: true,
      options: ["MOBILITY", "FAMILY", "HEALTH", "BASIC_SKILLS", "HOUSING", "MONEY", "PAPERS", "DIGITAL", "LANGUAGE", "OTHER", NONE, IN_PERSON],
      exclusive: [NONE, IN_PERSON],
      // A person who speaks French fluently has already said they need no help with the language.
      optionShowIf: { LANGUAGE: [{ question: "french-level", noneOf: ["FLUENT"] }] },
    },
    // "Something else" says what under its box, on the topics' screen.
    {
      id: "other-difficulties-details", section: "difficulties", type: "text", format: "free", multiline: true, required: false,
      maxLength: 1000, showIf: [chose("OTHER")], onScreenOf: TOPICS,
    },
    {
      id: "driving-licence", section: "difficulties", type: "single", required: false, sensitive: true, showIf: [chose("MOBILITY")],
      options: ["CAR_LICENCE", "FOREIGN_LICENCE", "CODE_ONLY", "LICENCE_SUSPENDED", "NO_LICENCE"],
    },
    // A car or a motorbike is one of the ways to get around, asked on the same screen (issue 14: the vehicle question
    // before it is gone; its answers in earlier drafts and files: earlier.ts).
    {
      id: "transport", section: "difficulties", type: "multiple", glossary: ["car-pooling"], required: false, sensitive: true,
      options: ["CAR", "MOTORBIKE_SCOOTER", "PUBLIC_TRANSPORT", "BIKE", "CAR_POOLING", "WALKING", "NO_TRANSPORT", "HEALTH_NO_DRIVING"],
      exclusive: ["NO_TRANSPORT"], showIf: [chose("MOBILITY")],
    },
    {
      id: "family", section: "difficulties", type: "multiple", glossary: ["childcare"], required: false, sensitive: true,
      options: ["CHILD_WITH_DISABILITY", "HOUR_CONSTRAINTS", "CARING_FOR_RELATIVE", "CHILD_UNDER_3_NO_CHILDCARE", "EXPECTING_CHILD", "OTHER", NONE],
      exclusive: [NONE],
      showIf: [chose("FAMILY")],
    },
    {
      id: "health", section: "difficulties", type: "multiple", glossary: ["social-security", "mutuelle"], required: false, sensitive: true,
      options: ["RULES_OUT_SOME_JOBS", "SOCIAL_COVER_TO_UPDATE", "PREVENTS_WORKING_NOW", "PREVENTS_STARTING_NOW", "REGULAR_ABSENCES", NONE],
      exclusive: [NONE],
      showIf: [chose("HEALTH")],
    },
    // Prefills: what earlier answers already said is ticked, never asked from scratch again (WCAG 3.3.7).
    {
      id: "basic-skills", section: "difficulties", type: "multiple", required: false, sensitive: true,
      options: ["WRITING", "READING", "SPOKEN_FRENCH", "ARITHMETIC", NONE], exclusive: [NONE], showIf: [chose("BASIC_SKILLS")],
      prefill: [
        { when: { question: "reading-writing", anyOf: ["GREAT_DIFFICULTY"] }, add: ["WRITING", "READING"] },
        { when: { question: "french-level", anyOf: ["A_LITTLE", "NOT_AT_ALL"] }, add: ["SPOKEN_FRENCH"] },
      ],
    },
    {
      id: "housing-situation", section: "difficulties", type: "single", glossary: ["hlm", "foyer", "emergency-shelter"], required: false, sensitive: true,
      options: ["HOUSED_BY_FAMILY_OR_FRIENDS", "SOCIAL_TENANT", "PRIVATE_TENANT", "OWNER", "MAKESHIFT_HOUSING", "SHELTER", "NO_ACCOMMODATION"],
      showIf: [chose("HOUSING")],
    },
    {
      id: "housing-difficulties", section: "difficulties", type: "multiple", required: false, sensitive: true,
      options: ["UNHEALTHY_HOUSING", "RENT_DIFFICULTY", "MUST_LEAVE_HOME", "ISOLATED_RURAL_AREA", "HOME_TO_ADAPT", NONE], exclusive: [NONE],
      showIf: [chose("HOUSING")],
    },
    {
      id: "money", section: "difficulties", type: "multiple", required: false, sensitive: true,
      options: ["NO_INCOME", "INCOME_DROPPED", "BUDGET_DIFFICULTY", "OVER_INDEBTEDNESS", "NEEDS_FOOD_AID", "PRECARIOUS_INCOME", NONE],
      exclusive: [NONE],
      showIf: [chose("MONEY")],
    },
    {
      id: "papers", section: "difficulties", type: "multiple", glossary: ["tax-notice"], required: false, sensitive: true,
      options: ["ADMINISTRATIVE_PROCEDURE", "ACCESS_TO_RIGHTS", "LEGAL_DIFFICULTIES", "NO_IDENTITY_DOCUMENT", "NO_TAX_NOTICE", NONE],
      exclusive: [NONE],
      showIf: [chose("PAPERS")],
    },
    {
      id: "digital-access", section: "difficulties", type: "multiple", required: false, sensitive: true,
      options: ["COMPUTER", "SMARTPHONE", "TABLET", "NO_CONNECTION", "NO_EMAIL_ADDRESS", "ONLINE_PROCEDURES_DIFFICULT"],
      showIf: [chose("DIGITAL")],
      prefill: [
        { when: { question: "digital-skills", anyOf: ["NEED_HELP", "NEVER_USED"] }, add: ["ONLINE_PROCEDURES_DIFFICULT"] },
        { when: { question: "email", anyOf: ["NO_EMAIL"] }, add: ["NO_EMAIL_ADDRESS"] },
      ],
    },
    {
      id: "language-needs", section: "difficulties", type: "multiple", required: false, sensitive: true,
      options: ["FRENCH_AS_FOREIGN_LANGUAGE", "NEEDS_INTERPRETER", NONE], exclusive: [NONE],
      showIf: [{ question: "french-level", noneOf: ["FLUENT"] }, chose("LANGUAGE")],
      prefill: [
        { when: { question: "french-level", anyOf: ["A_LITTLE", "NOT_AT_ALL"] }, add: ["FRENCH_AS_FOREIGN_LANGUAGE"] },
        { when: { question: "french-level", anyOf: ["NOT_AT_ALL"] }, add: ["NEEDS_INTERPRETER"] },
      ],
    },

    // The interview
    {
      id: "contact-methods", section: "interview", type: "multiple", required: true, options: ["SMS", "PHONE_CALL", "LETTER", "EMAIL"],
      optionShowIf: {
        SMS: [{ question: "phone", noneOf: ["NO_PHONE"] }],
        PHONE_CALL: [{ question: "phone", noneOf: ["NO_PHONE"] }],
        EMAIL: [{ question: "email", answered: true }, { question: "email", noneOf: ["NO_EMAIL"] }],
      },
    },
    // The times to call only for a call or an SMS, under those boxes (before 2026-12-05 asked of everyone, on its own screen).
    {
      id: "contact-times", section: "interview", type: "multiple", required: false, options: ["MORNING", "LUNCHTIME", "AFTERNOON", "EVENING"],
      showIf: [{ question: "contact-methods", anyOf: ["SMS", "PHONE_CALL"] }], onScreenOf: "contact-methods",
    },
    // What to adapt for the interview, under "something to adapt for me" (before 2026-12-05 a screen of its own:
    // earlier.ts ticks that box for an adaptation written then).
    {
      id: "interview-support", section: "interview", type: "multiple", required: false,
      options: ["INTERPRETER", "SOMEONE_WITH_ME", "ADAPTATION", NONE], exclusive: [NONE],
      prefill: [{ when: { question: "language-needs", anyOf: ["NEEDS_INTERPRETER"] }, add: ["INTERPRETER"] }],
    },
    {
      id: "accessibility-needs", section: "interview", type: "text", format: "free", multiline: true, required: false, maxLength: 1000,
      showIf: [{ question: "interview-support", anyOf: ["ADAPTATION"] }], onScreenOf: "interview-support",
    },
    { id: "message-to-counsellor", section: "interview", type: "text", format: "free", multiline: true, required: false, maxLength: 2000 },
  ],
};
