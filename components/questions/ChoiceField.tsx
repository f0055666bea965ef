"use client";
// Radios (one answer) or checkboxes (several): native inputs in a fieldset whose legend is the question.
// Options that must stand alone ("None", "I prefer to talk about it at the interview") come after an "or".
import { Fragment } from "react";
import { Controller, useFormContext } from "react-hook-form";
import { useTranslation } from "@/components/i18n/useTranslation";
import { offeredOptions } from "@/lib/questionnaire/engine";
import { optionKey } from "@/lib/questionnaire/keys";
import { pictogramOf } from "@/lib/questionnaire/pictograms";
import { exclusiveOptions } from "@/lib/questionnaire/schemas";
import { IN_PERSON, type MultipleChoiceQuestion, type SingleChoiceQuestion } from "@/lib/questionnaire/types";
import { Choice } from "../form/Choice";
import { useFieldIds } from "../form/fieldIds";
import { QuestionFieldset } from "./QuestionFrame";
import type { AnswerFieldProps, FormValues } from "./types";
import { FrenchTerms } from "@/components/i18n/FrenchTerms";
import { KEEP_FRENCH_MARKS } from "@/lib/i18n/frenchTerms";

type ChoiceQuestion = SingleChoiceQuestion | MultipleChoiceQuestion;

function splitOptions(question: ChoiceQuestion, offered: string[]) {
  const alone = question.type === "multiple" ? exclusiveOptions(question) : [IN_PERSON];
  // Only options at the end of the list go after the "or"; an exclusive option in the middle stays in place.
  const isAlone = (code: string | undefined) => code !== undefined && alone.includes(code);
  let cut = offered.length;
  while (cut > 0 && isAlone(offered[cut - 1])) cut -= 1;
  return { main: offered.slice(0, cut), after: offered.slice(cut), alone };
}

export function ChoiceField({ question, label, hint, error, answers, revealed = {} }: AnswerFieldProps<ChoiceQuestion>) {
  const { t } = useTranslation("questionnaire");
  const { register, control } = useFormContext<FormValues>();
  const offered = offeredOptions(question, answers);
  const { main, after, alone } = splitOptions(question, offered);
  const multiple = question.type === "multiple";
  const ids = useFieldIds();
  const idFor = (code: string) => (code === offered[0] ? ids.answer : ids.part(code));


  // Each option, then what choosing it reveals under it (a follow-up asked on this screen).
  const options = (render: (code: string) => React.ReactNode) => {
    const withRevealed = (code: string) => (
      <Fragment key={code}>
        {render(code)}
        {revealed[code]}
      </Fragment>
    );
    return (
      <div className="choices">
        {main.map(withRevealed)}
        {after.length > 0 && main.length > 0 && <p className="choices__divider" data-read-aloud>{t("or")}</p>}
        {after.map(withRevealed)}
      </div>
    );
  };

  return (
    <QuestionFieldset label={label} required={question.required} hint={hint} error={error}>
      {multiple ? (
        <Controller
          control={control}
          name="answer"
          render={({ field }) => {
            const chosen = Array.isArray(field.value) ? (field.value as string[]) : [];
            const toggle = (code: string, checked: boolean) => {
              if (!checked) return field.onChange(chosen.filter((c) => c !== code));
              // Choosing a stand-alone answer clears the others, and the other way round.
              if (alone.includes(code)) return field.onChange([code]);
              return field.onChange([...chosen.filter((c) => !alone.includes(c)), code]);
            };
            return options((code) => (
              <Choice
                key={code}
                label={<FrenchTerms text={t(optionKey(question, code), KEEP_FRENCH_MARKS)} />}
                pictogram={pictogramOf(question.id, code)}
                type="checkbox"
                id={idFor(code)}
                name={field.name}
                value={code}
                checked={chosen.includes(code)}
                onChange={(event) => toggle(code, event.target.checked)}
                onBlur={field.onBlur}
              />
            ));
          }}
        />
      ) : (
        options((code) => <Choice key={code} label={<FrenchTerms text={t(optionKey(question, code), KEEP_FRENCH_MARKS)} />} pictogram={pictogramOf(question.id, code)} type="radio" id={idFor(code)} value={code} {...register("answer")} />)
      )}
    </QuestionFieldset>
  );
}
