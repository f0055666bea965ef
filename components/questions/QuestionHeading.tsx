"use client";
// The question as the page's only h1, marked optional where it is.
import { useTranslation } from "react-i18next";

export function QuestionHeading({ label, required }: { label: string; required: boolean }) {
  const { t } = useTranslation();
  return (
    <h1 className="question-heading">
      {label}
      {!required && <span className="question-heading__optional"> ({t("optional")})</span>}
    </h1>
  );
}
