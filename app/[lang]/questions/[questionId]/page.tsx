// Every screen of the file on its own page, prerendered in every language so it can be cached for offline use.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { QuestionScreen, QuestionStep } from "@/components/journey/QuestionStep";
import { getT } from "@/lib/i18n/server";
import { isLocale, locales } from "@/lib/i18n/settings";
import { questionnaire } from "@/lib/questionnaire/definition";
import { findQuestion } from "@/lib/questionnaire/engine";
import { labelKey } from "@/lib/questionnaire/keys";

type Params = { params: Promise<{ lang: string; questionId: string }> };

export const dynamicParams = false;

// A screen per question, except the follow-ups asked on their question's screen (next.config.ts leads there).
export function generateStaticParams() {
  return locales.flatMap((lang) => questionnaire.questions.filter((q) => q.onScreenOf === undefined).map((q) => ({ lang, questionId: q.id })));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { lang, questionId } = await params;
  const question = findQuestion(questionnaire, questionId);
  if (!isLocale(lang) || !question) return {};
  const t = getT(lang);
  return { title: t("pageTitle", { title: t(labelKey(question), { ns: "questionnaire" }) }) };
}

export default async function QuestionPage({ params }: Params) {
  const { questionId } = await params;
  if (!findQuestion(questionnaire, questionId)) notFound();
  return (
    // The fallback is what the build writes into the HTML: the question itself, before the address's
    // `?return=check` and the device's draft are known.
    <Suspense fallback={<QuestionScreen questionId={questionId} returning={false} placeholder />}>
      <QuestionStep questionId={questionId} />
    </Suspense>
  );
}
