"use client";
// Jobs chosen from suggestions as the person types, or in their own words; optionally "I don't know yet".
// Suggestions are plain buttons after the input (no combobox): they work the same with a screen reader,
// a switch or a finger, and the number found is announced politely. Adding or taking off a job moves focus to
// the list of chosen jobs, and says which job, once (issue 13).
import { useRef, useState } from "react";
import { Controller, useFormContext, useWatch, type UseFormReturn } from "react-hook-form";
import { useTranslation } from "@/components/i18n/useTranslation";
import { sameJob, suggestJobs } from "@/lib/questionnaire/jobs";
import { jobKey } from "@/lib/questionnaire/keys";
import type { JobChoice, JobSearchQuestion, JobSearchValue } from "@/lib/questionnaire/types";
import { Choice } from "../form/Choice";
import { describedBy, useFieldIds } from "../form/fieldIds";
import { QuestionFieldset } from "./QuestionFrame";
import type { AnswerFieldProps, FormValues } from "./types";

const JOB_QUERY = "jobQuery" satisfies keyof FormValues;

function emptyJobSearch(): JobSearchValue {
  return { jobs: [], unsure: false };
}

/** On Continue: words typed in the search but not added yet are kept as the person's own words. */
export function keepTypedJob(form: UseFormReturn<FormValues>) {
  const typed = form.getValues(JOB_QUERY).trim();
  if (typed === "") return;
  const value = form.getValues("answer") as JobSearchValue;
  form.setValue("answer", { ...value, jobs: [...value.jobs, { text: typed }] });
  form.setValue(JOB_QUERY, "");
}

export function JobSearchField({ question, label, hint, error }: AnswerFieldProps<JobSearchQuestion>) {
  const { t } = useTranslation();
  const { t: tq, i18n } = useTranslation("questionnaire");
  const { control, register, setValue } = useFormContext<FormValues>();
  const ids = useFieldIds();
  const [queryHintId, suggestionsId] = [ids.part("query-hint"), ids.part("suggestions")];
  const query = useWatch({ control, name: JOB_QUERY }) ?? "";
  const names = (i18n.getResourceBundle(i18n.language, "questionnaire") as { jobs: Record<string, string> }).jobs;
  const jobName = (job: JobChoice) => ("rome" in job ? tq(jobKey(job.rome)) : job.text);
  const chosenTitle = useRef<HTMLHeadingElement>(null);
  const [change, setChange] = useState("");
  const announce = (message: string) => {
    setChange(message);
    // The button pressed is gone (a suggestion added, a job taken off): focus goes to the list that changed.
    chosenTitle.current?.focus();
  };

  return (
    <Controller
      control={control}
      name="answer"
      render={({ field }) => {
        const value = (field.value as JobSearchValue | undefined) ?? emptyJobSearch();
        const add = (job: JobChoice) => {
          if (!value.jobs.some((j) => sameJob(j, job))) field.onChange({ ...value, jobs: [...value.jobs, job] });
          setValue(JOB_QUERY, "");
          announce(t("changes.jobAdded", { job: jobName(job) }));
        };
        const remove = (index: number) => {
          const job = value.jobs[index];
          field.onChange({ ...value, jobs: value.jobs.filter((_, i) => i !== index) });
          if (job) announce(t("changes.jobRemoved", { job: jobName(job) }));
        };
        const suggestions = suggestJobs(query, names).filter((code) => !value.jobs.some((j) => sameJob(j, { rome: code })));
        const typed = query.trim();
        return (
          <QuestionFieldset label={label} required={question.required} hint={hint} error={error}>

            <h2 className="subheading" ref={chosenTitle} tabIndex={-1} data-read-aloud>
              {t("question.jobSearch.chosenTitle")}
            </h2>
            <p className="visually-hidden" role="status">
              {change}
            </p>
            {value.jobs.length === 0 ? (
              <p className="muted" data-read-aloud>{t("question.jobSearch.noneChosen")}</p>
            ) : (
              <ul className="chosen-jobs">
                {value.jobs.map((job, index) => (
                  <li key={"rome" in job ? job.rome : `text-${job.text}`}>
                    <span data-read-aloud>{jobName(job)}</span>
                    <button type="button" className="button button--secondary button--small" onClick={() => remove(index)}>
                      {t("question.jobSearch.remove", { job: jobName(job) })}
                    </button>
                  </li>
                ))}
              </ul>
            )}

            <label className="label" htmlFor={ids.answer} data-read-aloud>
              {t("question.jobSearch.inputLabel")}
            </label>
            <p id={queryHintId} className="hint" data-read-aloud>
              {t("question.jobSearch.inputHint")}
            </p>
            <input
              id={ids.answer}
              className={`input${error ? " input--error" : ""}`}
              type="text"
              autoComplete="off"
              aria-describedby={describedBy(queryHintId, error && ids.error)}
              aria-invalid={error ? true : undefined}
              {...register(JOB_QUERY)}
              onKeyDown={(event) => {
                // Enter never adds a job the person did not pick (issue 13): it does not send a half-typed answer
                // either, but takes them to the suggestions, where each button says what it adds.
                if (event.key !== "Enter" || typed === "") return;
                event.preventDefault();
                document.querySelector<HTMLButtonElement>(`#${suggestionsId} button`)?.focus();
              }}
            />
            <p className="visually-hidden" role="status">
              {typed === "" ? "" : t("question.jobSearch.suggestionsCount", { count: suggestions.length })}
            </p>
            {typed !== "" && (
              <ul id={suggestionsId} className="suggestions" aria-label={t("question.jobSearch.suggestionsTitle")}>
                {suggestions.map((code) => (
                  <li key={code}>
                    <button type="button" className="button button--secondary suggestion" onClick={() => add({ rome: code })}>
                      {t("question.jobSearch.add", { job: tq(jobKey(code)) })}
                    </button>
                  </li>
                ))}
                <li>
                  <button type="button" className="button button--secondary suggestion" onClick={() => add({ text: typed })}>
                    {t("question.jobSearch.addTyped", { text: typed })}
                  </button>
                </li>
              </ul>
            )}

            {question.allowUnsure && (
              <div className="choices">
                <p className="choices__divider" data-read-aloud>{tq("or")}</p>
                <Choice
                  label={t("question.jobSearch.unsure")}
                  type="checkbox"
                  id={ids.part("unsure")}
                  checked={value.unsure}
                  onChange={(event) => field.onChange({ ...value, unsure: event.target.checked })}
                />
              </div>
            )}
          </QuestionFieldset>
        );
      }}
    />
  );
}
