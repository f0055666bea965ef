"use client";
// A date as separate day, month and year boxes (the GOV.UK date input): easier than a calendar on a cheap phone.
import { useFormContext } from "react-hook-form";
import { useTranslation } from "@/components/i18n/useTranslation";
import type { DateQuestion } from "@/lib/questionnaire/types";
import { useFieldIds } from "../form/fieldIds";
import { QuestionFieldset } from "./QuestionFrame";
import type { AnswerFieldProps, FormValues } from "./types";

export function DateField({ question, label, hint, error, errorPart }: AnswerFieldProps<DateQuestion>) {
  const { t } = useTranslation();
  const { register } = useFormContext<FormValues>();
  const ids = useFieldIds();
  const parts = question.precision === "day" ? (["day", "month", "year"] as const) : (["month", "year"] as const);
  const birth = question.id === "birth-date";
  const autocomplete = { day: "bday-day", month: "bday-month", year: "bday-year" } as const;
  return (
    <QuestionFieldset label={label} required={question.required} hint={hint} error={error}>
      {/* Dates read day, month, year in every language we support, so the order stays the same in RTL. */}
      <div className="date-input">
        {parts.map((part) => {
          // Every box is marked when the date as a whole is wrong; only the faulty one when we know which.
          const invalid = Boolean(error) && (!errorPart || errorPart === part);
          return (
            <div className="date-input__item" key={part}>
              <label className="date-input__label" htmlFor={ids.part(part)}>
                {t(`question.date.${part}`)}
              </label>
              <input
                id={ids.part(part)}
                className={`input date-input__${part}${invalid ? " input--error" : ""}`}
                type="text"
                inputMode="numeric"
                autoComplete={birth ? autocomplete[part] : "off"}
                aria-invalid={invalid ? true : undefined}
                {...register(`answer.${part}` as "answer")}
              />
            </div>
          );
        })}
      </div>
    </QuestionFieldset>
  );
}
