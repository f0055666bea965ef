// Pictograms of the answer options of the main choice questions: a drawing helps those who read with difficulty
// recognise an answer. Data like the rest of the file; the drawings live in components/pictograms.
export type PictogramName =
  | "person" | "two-people" | "someone-writes" | "house" | "no-house" | "magnifier" | "clock" | "half-clock"
  | "hourglass" | "question-mark" | "book" | "graduation-cap" | "medical-cross" | "pram" | "dots" | "bus" | "bike"
  | "car" | "car-sharing" | "walking" | "scooter" | "none" | "text-message" | "phone" | "envelope" | "at-sign"
  | "sunrise" | "sun" | "moon" | "meal" | "either" | "pencil" | "school" | "certificate" | "tools" | "cap-plus-2"
  | "cap-plus-3" | "cap-plus-5" | "building" | "key" | "tent" | "bed" | "broken-house" | "coins" | "door-exit" | "tree"
  | "wheelchair" | "wallet" | "arrow-down" | "arrow-up" | "bill" | "zigzag" | "health-card" | "calendar" | "heart"
  | "baby" | "star" | "briefcase" | "check" | "folder" | "medal" | "paper-plane" | "conversation" | "lightbulb"
  | "checklist" | "globe" | "plane" | "arrow-return";

/** The needs list: one drawing per need. */
const needs: Readonly<Record<string, PictogramName>> = {
  N1: "star", N2: "briefcase", N3: "magnifier", N4: "check", N5: "book", N6: "folder", N8: "medal", N9: "someone-writes",
  N10: "two-people", N11: "calendar", N12: "envelope", N13: "paper-plane", N14: "phone", N15: "conversation",
  N16: "lightbulb", N17: "checklist", N18: "arrow-up", N19: "globe", N20: "plane", N21: "arrow-return",
};

export const pictograms: Readonly<Record<string, Readonly<Record<string, PictogramName>>>> = {
  "filling-mode": { ALONE: "person", WITH_HELP: "two-people", FOR_ME: "someone-writes" },
  "current-activity": {
    LOOKING: "magnifier", WORKING_PART_TIME: "half-clock", TRAINING: "book", STUDENT: "graduation-cap",
    SICK_LEAVE: "medical-cross", PARENTAL_LEAVE: "pram", AT_HOME: "house", OTHER: "dots",
  },
  availability: { NOW: "clock", PART_TIME: "half-clock", NOT_YET_READY: "hourglass", DONT_KNOW: "question-mark" },
  "working-time": { FULL_TIME: "clock", PART_TIME: "half-clock", EITHER: "either" },
  transport: {
    CAR: "car", MOTORBIKE_SCOOTER: "scooter", PUBLIC_TRANSPORT: "bus", BIKE: "bike", CAR_POOLING: "car-sharing", WALKING: "walking", NO_TRANSPORT: "none",
    HEALTH_NO_DRIVING: "medical-cross",
  },
  "contact-methods": { SMS: "text-message", PHONE_CALL: "phone", LETTER: "envelope", EMAIL: "at-sign" },
  "contact-times": { MORNING: "sunrise", LUNCHTIME: "meal", AFTERNOON: "sun", EVENING: "moon" },
  "education-level": {
    AFS: "none", CP4: "pencil", CFG: "school", C3A: "certificate", C12: "book", NV5: "tools", NV4: "graduation-cap",
    NV3: "cap-plus-2", NV2: "cap-plus-3", NV1: "cap-plus-5",
  },
  "help-needs": needs,
  family: {
    CHILD_WITH_DISABILITY: "wheelchair", HOUR_CONSTRAINTS: "clock", CARING_FOR_RELATIVE: "heart",
    CHILD_UNDER_3_NO_CHILDCARE: "pram", EXPECTING_CHILD: "baby", OTHER: "dots", NONE: "none",
  },
  health: {
    RULES_OUT_SOME_JOBS: "tools", SOCIAL_COVER_TO_UPDATE: "health-card", PREVENTS_WORKING_NOW: "medical-cross",
    PREVENTS_STARTING_NOW: "hourglass", REGULAR_ABSENCES: "calendar", NONE: "none",
  },
  "housing-situation": {
    HOUSED_BY_FAMILY_OR_FRIENDS: "two-people", SOCIAL_TENANT: "building", PRIVATE_TENANT: "key", OWNER: "house",
    MAKESHIFT_HOUSING: "tent", SHELTER: "bed", NO_ACCOMMODATION: "no-house",
  },
  "housing-difficulties": {
    UNHEALTHY_HOUSING: "broken-house", RENT_DIFFICULTY: "coins", MUST_LEAVE_HOME: "door-exit",
    ISOLATED_RURAL_AREA: "tree", HOME_TO_ADAPT: "wheelchair", NONE: "none",
  },
  money: {
    NO_INCOME: "wallet", INCOME_DROPPED: "arrow-down", BUDGET_DIFFICULTY: "coins", OVER_INDEBTEDNESS: "bill",
    NEEDS_FOOD_AID: "meal", PRECARIOUS_INCOME: "zigzag", NONE: "none",
  },
};

export function pictogramOf(questionId: string, option: string): PictogramName | undefined {
  return pictograms[questionId]?.[option];
}
