"use client";
// A text answer: one line, or several for free descriptions. The label is the page heading.
import { useFormContext } from "react-hook-form";
import type { TextFormat, TextQuestion } from "@/lib/questionnaire/types";
import { ANSWER_ID, ERROR_ID, HINT_ID, describedBy } from "../form/fieldIds";
import { QuestionLabelled } from "./QuestionFrame";
import type { AnswerFieldProps, FormValues } from "./types";

// Phones show the right keyboard; we validate ourselves (noValidate), so these types never block a person.
const inputTypes: Record<TextFormat, { type: string; inputMode?: "tel" | "email" | "numeric" }> = {
  free: { type: "text" },
  name: { type: "text" },
  phone: { type: "tel", inputMode: "tel" },
  email: { type: "email", inputMode: "email" },
  socialSecurityNumber: { type: "text", inputMode: "numeric" },
};

export function TextField({ question, label, hint, error }: AnswerFieldProps<TextQuestion>) {
  const { register } = useFormContext<FormValues>();
  const common = {
    id: ANSWER_ID,
    className: `input${error ? " input--error" : ""}`,
    "aria-describedby": describedBy(HINT_ID, error && ERROR_ID),
    "aria-invalid": error ? true : undefined,
    autoComplete: question.autocomplete ?? "off",
    spellCheck: question.format === "free",
    ...register("answer"),
  };
  return (
    <QuestionLabelled label={label} required={question.required} hint={hint} error={error}>
      {question.multiline ? <textarea rows={5} {...common} /> : <input {...inputTypes[question.format]} {...common} />}
    </QuestionLabelled>
  );
}
