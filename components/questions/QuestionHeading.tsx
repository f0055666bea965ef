"use client";
// The question as the page's only h1, marked optional where it is. For a single box the label goes inside the
// heading (a heading inside a label is invalid HTML, issue 13; the GOV.UK "label as page heading" pattern). The label
// comes with its <fr> marks (KEEP_FRENCH_MARKS): French terms in it get lang="fr". A follow-up asked under the
// screen's question (issue 14) is no heading: its words are its box's label or its group's legend.
import { useRef } from "react";
import { useTranslation } from "@/components/i18n/useTranslation";
import { FrenchTerms } from "@/components/i18n/FrenchTerms";
import { useFocusAfterNavigation } from "@/components/journey/useFocusAfterNavigation";
import { useFieldIds } from "../form/fieldIds";

interface Props {
  label: string;
  required: boolean;
  labelFor?: string;
}

export function QuestionHeading(props: Props) {
  return useFieldIds().heading ? <PageHeading {...props} /> : <FollowUpLabel {...props} />;
}

function LabelText({ label, required }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <FrenchTerms text={label} />
      {!required && <span className="question-heading__optional"> ({t("optional")})</span>}
    </>
  );
}

function PageHeading(props: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  useFocusAfterNavigation(ref);
  return (
    <h1 className="question-heading" ref={ref} tabIndex={-1} data-read-aloud>
      {props.labelFor ? <label htmlFor={props.labelFor}>{<LabelText {...props} />}</label> : <LabelText {...props} />}
    </h1>
  );
}

function FollowUpLabel(props: Props) {
  return props.labelFor ? (
    <label className="label follow-up__label" htmlFor={props.labelFor} data-read-aloud>
      <LabelText {...props} />
    </label>
  ) : (
    <span className="follow-up__label" data-read-aloud>
      <LabelText {...props} />
    </span>
  );
}
