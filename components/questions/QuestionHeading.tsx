"use client";
// The question as the page's only h1, marked optional where it is. For a single box the label goes inside the
// heading (a heading inside a label is invalid HTML, issue 13; the GOV.UK "label as page heading" pattern). The label
// comes with its <fr> marks (KEEP_FRENCH_MARKS): French terms in it get lang="fr".
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { FrenchTerms } from "@/components/i18n/FrenchTerms";
import { useFocusAfterNavigation } from "@/components/journey/useFocusAfterNavigation";

export function QuestionHeading({ label, required, labelFor }: { label: string; required: boolean; labelFor?: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useFocusAfterNavigation(ref);
  const text = (
    <>
      <FrenchTerms text={label} />
      {!required && <span className="question-heading__optional"> ({t("optional")})</span>}
    </>
  );
  return (
    <h1 className="question-heading" ref={ref} tabIndex={-1} data-read-aloud>
      {labelFor ? <label htmlFor={labelFor}>{text}</label> : text}
    </h1>
  );
}
