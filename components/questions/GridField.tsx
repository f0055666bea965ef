"use client";
// A list of items each marked with one of the same answers (the 20 needs: "I need help", "It's a strength",
// "Not now"): one fieldset per item, its legend the item's words, with one native radio per answer, so Tab moves
// from item to item and the arrows choose within one. Nothing chosen is the default: the item is not explored.
import { Controller, useFormContext } from "react-hook-form";
import { useTranslation } from "@/components/i18n/useTranslation";
import { FrenchTerms } from "@/components/i18n/FrenchTerms";
import { Pictogram } from "@/components/pictograms/Pictogram";
import { KEEP_FRENCH_MARKS } from "@/lib/i18n/frenchTerms";
import { columnKey, optionKey } from "@/lib/questionnaire/keys";
import { pictogramOf } from "@/lib/questionnaire/pictograms";
import type { GridQuestion, GridValue } from "@/lib/questionnaire/types";
import { useFieldIds } from "../form/fieldIds";
import { QuestionFieldset } from "./QuestionFrame";
import type { AnswerFieldProps, FormValues } from "./types";

export function GridField({ question, label, hint, error }: AnswerFieldProps<GridQuestion>) {
  const { t } = useTranslation("questionnaire");
  const { control } = useFormContext<FormValues>();
  // The error summary links to the first answer of the first item.
  const ids = useFieldIds();
  const idFor = (item: string, column: string) => (item === question.options[0] && column === question.columns[0] ? ids.answer : ids.part(`${item}-${column}`));
  return (
    <QuestionFieldset label={label} required={question.required} hint={hint} error={error}>
      <Controller
        control={control}
        name="answer"
        render={({ field }) => {
          const marks: GridValue = typeof field.value === "object" && field.value !== null && !Array.isArray(field.value) ? (field.value as GridValue) : {};
          return (
            <div className="grid-items">
              {question.options.map((item) => {
                const pictogram = pictogramOf(question.id, item);
                const itemText = ids.part(`${item}-text`);
                return (
                  // Named by the item's words alone: the drawing keeps its own text alternative.
                  <fieldset className="grid-item" key={item} aria-labelledby={itemText}>
                    <legend className="grid-item__legend">
                      {pictogram && <Pictogram name={pictogram} />}
                      <span id={itemText} data-read-aloud>
                        <FrenchTerms text={t(optionKey(question, item), KEEP_FRENCH_MARKS)} />
                      </span>
                    </legend>
                    <div className="grid-item__answers">
                      {question.columns.map((column) => {
                        const id = idFor(item, column);
                        return (
                          <div className="grid-item__answer" key={column}>
                            <input
                              className="choice__input"
                              type="radio"
                              id={id}
                              aria-labelledby={`${id}-text`}
                              name={`${field.name}-${item}`}
                              value={column}
                              checked={marks[item] === column}
                              onChange={() => field.onChange({ ...marks, [item]: column })}
                              onBlur={field.onBlur}
                            />
                            <label className="grid-item__label" htmlFor={id}>
                              <span id={`${id}-text`} data-read-aloud>
                                {t(columnKey(question, column))}
                              </span>
                            </label>
                          </div>
                        );
                      })}
                    </div>
                  </fieldset>
                );
              })}
            </div>
          );
        }}
      />
    </QuestionFieldset>
  );
}
