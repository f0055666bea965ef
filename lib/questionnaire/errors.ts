// Values that error messages mention ("at most {{max}} characters"), taken from the question's definition.
import type { Question } from "./types";

export function errorParams(question: Question, key: string): Record<string, number> {
  switch (question.type) {
    case "text":
      return { max: question.maxLength };
    case "number":
      return { min: question.min, max: question.max };
    case "jobSearch":
      return { max: question.maxJobs };
    case "date":
      return { years: key === "date.tooOld" ? question.yearsAgo.max : question.yearsAgo.min };
    default:
      return {};
  }
}
