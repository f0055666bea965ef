// Pictograms of the answer options of the main choice questions: a drawing helps those who read with difficulty
// recognise an answer. Data like the rest of the file; the drawings live in components/pictograms.
export const pictogramNames = [
  "person", "two-people", "someone-writes", "house", "no-house", "magnifier", "clock", "half-clock", "hourglass",
  "question-mark", "book", "graduation-cap", "medical-cross", "pram", "dots", "bus", "bike", "car", "car-sharing",
  "walking", "scooter", "none", "text-message", "phone", "envelope", "at-sign", "sunrise", "sun", "moon", "meal",
  "either",
] as const;
export type PictogramName = (typeof pictogramNames)[number];

export const pictograms: Readonly<Record<string, Readonly<Record<string, PictogramName>>>> = {
  "filling-mode": { ALONE: "person", WITH_HELP: "two-people", FOR_ME: "someone-writes" },
  "has-address": { YES: "house", NO_STABLE_ADDRESS: "no-house" },
  "current-activity": {
    LOOKING: "magnifier", WORKING_PART_TIME: "half-clock", TRAINING: "book", STUDENT: "graduation-cap",
    SICK_LEAVE: "medical-cross", PARENTAL_LEAVE: "pram", AT_HOME: "house", OTHER: "dots",
  },
  availability: { NOW: "clock", PART_TIME: "half-clock", NOT_YET_READY: "hourglass", DONT_KNOW: "question-mark" },
  "working-time": { FULL_TIME: "clock", PART_TIME: "half-clock", EITHER: "either" },
  vehicle: { CAR: "car", MOTORBIKE_SCOOTER: "scooter", NONE: "none" },
  transport: {
    PUBLIC_TRANSPORT: "bus", BIKE: "bike", CAR_POOLING: "car-sharing", WALKING: "walking", NO_TRANSPORT: "none",
    HEALTH_NO_DRIVING: "medical-cross",
  },
  "contact-methods": { SMS: "text-message", PHONE_CALL: "phone", LETTER: "envelope", EMAIL: "at-sign" },
  "contact-times": { MORNING: "sunrise", LUNCHTIME: "meal", AFTERNOON: "sun", EVENING: "moon" },
};

export function pictogramOf(questionId: string, option: string): PictogramName | undefined {
  return pictograms[questionId]?.[option];
}
