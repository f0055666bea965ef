"use client";
// Guidance for the helper under a question: how to explain it simply, and what not to push on.
import { useTranslation } from "react-i18next";

export function Guidance({ questionId }: { questionId: string }) {
  const { t } = useTranslation("guidance");
  return (
    <aside className="guidance" aria-labelledby={`guidance-${questionId}`}>
      <h2 id={`guidance-${questionId}`} className="subheading">
        {t("title")}
      </h2>
      <dl className="guidance__list">
        <dt>{t("explain")}</dt>
        <dd>{t(`questions.${questionId}.explain`)}</dd>
        <dt>{t("careful")}</dt>
        <dd>{t(`questions.${questionId}.careful`)}</dd>
      </dl>
    </aside>
  );
}
