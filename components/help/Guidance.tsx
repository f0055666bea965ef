"use client";
// Guidance for the helper under a question: how to explain it simply, and what not to push on. Its texts are
// loaded when help starts (components/i18n/useLaterTexts.ts): until then the question stays as it is, with nothing
// in the guidance's place.
import { Suspense } from "react";
import { useLaterTexts } from "@/components/i18n/useLaterTexts";
import { FrenchTerms } from "@/components/i18n/FrenchTerms";
import { KEEP_FRENCH_MARKS } from "@/lib/i18n/frenchTerms";

export function Guidance({ questionId }: { questionId: string }) {
  return (
    <Suspense fallback={null}>
      <GuidanceText questionId={questionId} />
    </Suspense>
  );
}

function GuidanceText({ questionId }: { questionId: string }) {
  const { t } = useLaterTexts("guidance");
  return (
    <aside className="guidance" aria-labelledby={`guidance-${questionId}`}>
      <h2 id={`guidance-${questionId}`} className="subheading">
        {t("title")}
      </h2>
      <dl className="guidance__list">
        <dt>{t("explain")}</dt>
        <dd>
          <FrenchTerms text={t(`questions.${questionId}.explain`, KEEP_FRENCH_MARKS)} />
        </dd>
        <dt>{t("careful")}</dt>
        <dd>
          <FrenchTerms text={t(`questions.${questionId}.careful`, KEEP_FRENCH_MARKS)} />
        </dd>
      </dl>
    </aside>
  );
}
