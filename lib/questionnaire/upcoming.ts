// Where Continue may lead from a question, whatever the person answers: the screens worth fetching ahead, so the
// move itself needs no request (a phone on a slow network waits for nothing after the press).
import { findQuestion, nextStep, offeredOptions, type Step } from "./engine";
import type { Answers, Questionnaire } from "./types";

/**
 * The next step with the answers as they are (or left empty), and with each option the question offers: a choice
 * that opens a follow-up ("Do you have an address? Yes") leads to it. Text, date and number answers open nothing.
 */
export function possibleNextSteps(definition: Questionnaire, answers: Answers, current: string): Step[] {
  const question = findQuestion(definition, current);
  if (!question) return [];
  const steps = new Set<Step>([nextStep(definition, answers, current), nextStep(definition, { ...answers, [current]: undefined }, current)]);
  for (const option of offeredOptions(question, answers)) {
    const value = question.type === "multiple" ? [option] : option;
    steps.add(nextStep(definition, { ...answers, [current]: value }, current));
  }
  return [...steps];
}
