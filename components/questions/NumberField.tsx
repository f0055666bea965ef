"use client";
// A number typed as text (a decimal comma is fine), with its unit and, where useful, a gentle notice.
import { useFormContext, useWatch } from "react-hook-form";
import { useTranslation } from "@/components/i18n/useTranslation";
import { noticeKey, unitKey } from "@/lib/questionnaire/keys";
import { parseNumber } from "@/lib/questionnaire/schemas";
import type { NumberQuestion } from "@/lib/questionnaire/types";
import { describedBy, useFieldIds } from "../form/fieldIds";
import { QuestionLabelled } from "./QuestionFrame";
import type { AnswerFieldProps, FormValues } from "./types";
import { FrenchTerms } from "@/components/i18n/FrenchTerms";
import { KEEP_FRENCH_MARKS } from "@/lib/i18n/frenchTerms";

export function NumberField({ question, label, hint, error }: AnswerFieldProps<NumberQuestion>) {
  const { t } = useTranslation("questionnaire");
  const { register, control } = useFormContext<FormValues>();
  const typed = useWatch({ control, name: "answer" });
  const value = typeof typed === "string" ? parseNumber(typed) : null;
  const ids = useFieldIds();
  const [unitId, noticeId] = [ids.part("unit"), ids.part("notice")];
  const showNotice = question.noticeBelow !== undefined && value !== null && value > 0 && value < question.noticeBelow;
  return (
    <QuestionLabelled label={label} required={question.required} hint={hint} error={error}>
      <div className="input-with-unit">
        <input
          id={ids.answer}
          className={`input input--short${error ? " input--error" : ""}`}
          type="text"
          inputMode={question.decimals > 0 ? "decimal" : "numeric"}
          autoComplete="off"
          aria-describedby={describedBy(ids.hint, unitId, error && ids.error, showNotice && noticeId)}
          aria-invalid={error ? true : undefined}
          {...register("answer")}
        />
        <span id={unitId} className="input-unit" data-read-aloud>
          <FrenchTerms text={t(unitKey(question), KEEP_FRENCH_MARKS)} />
        </span>
      </div>
      {/* Polite: the notice informs, it never blocks the answer. */}
      <div aria-live="polite">
        {showNotice && (
          <p id={noticeId} className="notice" data-read-aloud>
            <FrenchTerms text={t(noticeKey(question), KEEP_FRENCH_MARKS)} />
          </p>
        )}
      </div>
    </QuestionLabelled>
  );
}
