"use client";
// Jobs chosen from suggestions as the person types, or in their own words; optionally "I don't know yet".
// Suggestions are plain buttons after the input (no combobox): they work the same with a screen reader,
// a switch or a finger, and the number found is announced politely.
import { Controller, useFormContext, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { sameJob, suggestJobs } from "@/lib/questionnaire/jobs";
import { jobKey } from "@/lib/questionnaire/keys";
import type { JobChoice, JobSearchQuestion, JobSearchValue } from "@/lib/questionnaire/types";
import { Choice } from "../form/Choice";
import { ANSWER_ID, ERROR_ID, describedBy, partId } from "../form/fieldIds";
import { QuestionFieldset } from "./QuestionFrame";
import type { AnswerFieldProps, FormValues } from "./types";

export const JOB_QUERY = "jobQuery";
const QUERY_HINT_ID = "answer-query-hint";

export function emptyJobSearch(): JobSearchValue {
  return { jobs: [], unsure: false };
}

export function JobSearchField({ question, label, hint, error }: AnswerFieldProps<JobSearchQuestion>) {
  const { t } = useTranslation();
  const { t: tq, i18n } = useTranslation("questionnaire");
  const { control, register, setValue } = useFormContext<FormValues & { [JOB_QUERY]: string }>();
  const query = useWatch({ control, name: JOB_QUERY }) ?? "";
  const names = i18n.getResourceBundle(i18n.language, "questionnaire").jobs as Record<string, string>;
  const jobName = (job: JobChoice) => ("rome" in job ? tq(jobKey(job.rome)) : job.text);

  return (
    <Controller
      control={control}
      name="answer"
      render={({ field }) => {
        const value = (field.value as JobSearchValue | undefined) ?? emptyJobSearch();
        const add = (job: JobChoice) => {
          if (!value.jobs.some((j) => sameJob(j, job))) field.onChange({ ...value, jobs: [...value.jobs, job] });
          setValue(JOB_QUERY, "");
          document.getElementById(ANSWER_ID)?.focus();
        };
        const remove = (index: number) => {
          field.onChange({ ...value, jobs: value.jobs.filter((_, i) => i !== index) });
          document.getElementById(ANSWER_ID)?.focus();
        };
        const suggestions = suggestJobs(query, names).filter((code) => !value.jobs.some((j) => sameJob(j, { rome: code })));
        const typed = query.trim();
        return (
          <QuestionFieldset label={label} required={question.required} hint={hint} error={error}>

            <h2 className="subheading">{t("question.jobSearch.chosenTitle")}</h2>
            {value.jobs.length === 0 ? (
              <p className="muted">{t("question.jobSearch.noneChosen")}</p>
            ) : (
              <ul className="chosen-jobs">
                {value.jobs.map((job, index) => (
                  <li key={"rome" in job ? job.rome : `text-${job.text}`}>
                    <span>{jobName(job)}</span>
                    <button type="button" className="button button--secondary button--small" onClick={() => remove(index)}>
                      {t("question.jobSearch.remove", { job: jobName(job) })}
                    </button>
                  </li>
                ))}
              </ul>
            )}

            <label className="label" htmlFor={ANSWER_ID}>
              {t("question.jobSearch.inputLabel")}
            </label>
            <p id={QUERY_HINT_ID} className="hint">
              {t("question.jobSearch.inputHint")}
            </p>
            <input
              id={ANSWER_ID}
              className={`input${error ? " input--error" : ""}`}
              type="text"
              autoComplete="off"
              aria-describedby={describedBy(QUERY_HINT_ID, error && ERROR_ID)}
              aria-invalid={error ? true : undefined}
              {...register(JOB_QUERY)}
              onKeyDown={(event) => {
                // Enter adds the first suggestion (or the words typed) instead of submitting a half-typed answer.
                if (event.key !== "Enter" || typed === "") return;
                event.preventDefault();
                add(suggestions[0] ? { rome: suggestions[0] } : { text: typed });
              }}
            />
            <p className="visually-hidden" role="status">
              {typed === "" ? "" : t("question.jobSearch.suggestionsCount", { count: suggestions.length })}
            </p>
            {typed !== "" && (
              <ul className="suggestions" aria-label={t("question.jobSearch.suggestionsTitle")}>
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
                <p className="choices__divider">{tq("or")}</p>
                <Choice
                  label={t("question.jobSearch.unsure")}
                  type="checkbox"
                  id={partId("unsure")}
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
