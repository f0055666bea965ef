"use client";
// Shared by the journey's pages: the language, the draft's answers once loaded, and a guard that sends a person
// who arrives too early (a bookmark, a shared link) to the first question still to answer.
import { useRouter } from "@/components/navigation/useRouter";
import { useEffect } from "react";
import { useTranslation } from "@/components/i18n/useTranslation";
import { useDraft } from "@/components/draft/DraftProvider";
import { canVisit, firstIncomplete, type Step } from "@/lib/questionnaire/engine";
import { questionnaire } from "@/lib/questionnaire/definition";
import { stepHref } from "@/lib/routes";

export function useJourney(step: Step) {
  const { i18n } = useTranslation();
  const router = useRouter();
  const draft = useDraft();
  const lang = i18n.language;
  const answers = draft.state.status === "loading" ? null : draft.state.answers;
  const allowed = answers !== null && canVisit(questionnaire, answers, step);

  useEffect(() => {
    if (answers !== null && !allowed) router.replace(stepHref(lang, firstIncomplete(questionnaire, answers)));
  }, [answers, allowed, lang, router]);

  return { lang, router, draft, answers: allowed ? answers : null };
}
