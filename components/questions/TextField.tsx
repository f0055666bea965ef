"use client";
// A text answer: one line, or several for free descriptions. The label is the page heading. A question that
// accepts "I have none" (no phone number, no e-mail) offers it as a checkbox after an "or": ticking it stores
// that answer in place of the box, which goes away until the person unticks it.
import { useFormContext, useWatch } from "react-hook-form";
import { useTranslation } from "@/components/i18n/useTranslation";
import { noneKey } from "@/lib/questionnaire/keys";
import type { TextFormat, TextQuestion } from "@/lib/questionnaire/types";
import { Choice } from "../form/Choice";
import { describedBy, useFieldIds } from "../form/fieldIds";
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
  const { register, setValue, clearErrors, control } = useFormContext<FormValues>();
  const { t } = useTranslation("questionnaire");
  const value = useWatch({ control, name: "answer" });
  const ids = useFieldIds();
  const none = question.noneCode !== undefined && value === question.noneCode;
  const common = {
    id: ids.answer,
    className: `input${error ? " input--error" : ""}`,
    "aria-describedby": describedBy(ids.hint, error && ids.error),
    "aria-invalid": error ? true : undefined,
    autoComplete: question.autocomplete ?? "off",
    spellCheck: question.format === "free",
    ...register("answer"),
  };
  return (
    <QuestionLabelled label={label} required={question.required} hint={hint} error={error}>
      {none ? null : question.multiline ? <textarea rows={5} {...common} /> : <input {...inputTypes[question.format]} {...common} />}
      {question.noneCode !== undefined && (
        <div className="choices">
          <p className="choices__divider" data-read-aloud>
            {t("or")}
          </p>
          <Choice
            type="checkbox"
            id={ids.part("none")}
            label={t(noneKey(question))}
            checked={none}
            onChange={(event) => {
              clearErrors("answer");
              setValue("answer", event.target.checked ? question.noneCode : "", { shouldDirty: true });
            }}
          />
        </div>
      )}
    </QuestionLabelled>
  );
}
