"use client";
// The frame every answer component shares: the question as page heading (legend of a fieldset for groups of
// controls, label of the single control otherwise), then what the form puts after the heading, its hint and its error.
import { useContext, type ReactNode } from "react";
import { ErrorMessage, Hint } from "../form/FieldParts";
import { describedBy, useFieldIds } from "../form/fieldIds";
import { AfterHeading } from "./afterHeading";
import { QuestionHeading } from "./QuestionHeading";

interface FrameProps {
  label: string;
  required: boolean;
  hint: string;
  error?: string;
  children: ReactNode;
}

/** Radios, checkboxes, date parts, job search: the group is described by the hint and the error. */
export function QuestionFieldset({ label, required, hint, error, children }: FrameProps) {
  const afterHeading = useContext(AfterHeading);
  const ids = useFieldIds();
  return (
    <fieldset className="question" aria-describedby={describedBy(ids.hint, error && ids.error)}>
      <legend className="question__legend">
        <QuestionHeading label={label} required={required} />
      </legend>
      {afterHeading}
      <Hint text={hint} />
      <ErrorMessage message={error} />
      {children}
    </fieldset>
  );
}

/** One text or number box: the heading is its label; the box itself points at the hint and the error. */
export function QuestionLabelled({ label, required, hint, error, children }: FrameProps) {
  const afterHeading = useContext(AfterHeading);
  const ids = useFieldIds();
  return (
    <div className="question">
      <QuestionHeading label={label} required={required} labelFor={ids.answer} />
      {afterHeading}
      <Hint text={hint} />
      <ErrorMessage message={error} />
      {children}
    </div>
  );
}
