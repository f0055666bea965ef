"use client";
// The question as the page's only h1, marked optional where it is.
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { useFocusAfterNavigation } from "@/components/journey/useFocusAfterNavigation";

export function QuestionHeading({ label, required }: { label: string; required: boolean }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useFocusAfterNavigation(ref);
  return (
    <h1 className="question-heading" ref={ref} tabIndex={-1} data-read-aloud>
      {label}
      {!required && <span className="question-heading__optional"> ({t("optional")})</span>}
    </h1>
  );
}
