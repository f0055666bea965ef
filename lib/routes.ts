// Where each step of the journey lives, so links are built in one place.
import { CHECK, START, type Step } from "@/lib/questionnaire/engine";

export const RETURN_PARAM = "return";
export const RETURN_TO_CHECK = "check";

export function stepHref(lang: string, step: Step, returnToCheck = false): string {
  if (step === START) return `/${lang}`;
  if (step === CHECK) return `/${lang}/check`;
  return `/${lang}/questions/${step}${returnToCheck ? `?${RETURN_PARAM}=${RETURN_TO_CHECK}` : ""}`;
}

export const confirmationHref = (lang: string) => `/${lang}/confirmation`;
