"use client";
// The sections of the file, each with its status and a link to where it goes on: reachable from every question and
// from the start page once there are answers, so a person who comes back sees the whole file first.
import Link from "next/link";
import { useTranslation } from "@/components/i18n/useTranslation";
import { useDraft } from "@/components/draft/DraftProvider";
import { minutesLeft, questionWords } from "@/lib/questionnaire/duration";
import { CHECK, firstIncomplete } from "@/lib/questionnaire/engine";
import { questionnaire } from "@/lib/questionnaire/definition";
import { sectionTitleKey } from "@/lib/questionnaire/keys";
import { readyToCheck, taskList } from "@/lib/questionnaire/tasks";
import { stepHref } from "@/lib/routes";
import { Loading } from "./Loading";
import { StepHeading } from "./StepHeading";

export function TaskList() {
  const { t, i18n } = useTranslation();
  const { t: tq } = useTranslation("questionnaire");
  const { state } = useDraft();
  const lang = i18n.language;
  if (state.status === "loading") return <Loading />;
  const seen = new Set(Object.keys(state.draft.entries));
  const tasks = taskList(questionnaire, state.answers, seen);
  const done = tasks.filter((task) => task.status === "done").length;
  // The time left on the person's own path, from the first question still to answer.
  const next = firstIncomplete(questionnaire, state.answers);
  const text = (key: string) => (i18n.exists(`questionnaire:${key}`) ? t(`questionnaire:${key}`) : undefined);
  const left = next === CHECK ? null : minutesLeft(questionnaire, state.answers, (question) => questionWords(question, text), next);
  return (
    <>
      <StepHeading text={t("tasks.title")} />
      <p className="lead">{t("tasks.summary", { done, total: tasks.length })}</p>
      {left && <p>{t("tasks.timeLeft", { min: left.min, max: left.max })}</p>}
      <ol className="task-list">
        {tasks.map((task) => {
          const title = tq(sectionTitleKey(task.section));
          return (
            <li key={task.section} className="task-list__item">
              {task.step === null ? <span>{title}</span> : <Link href={stepHref(lang, task.step)}>{title}</Link>}{" "}
              <strong className={`task-list__status task-list__status--${task.status}`}>{t(`tasks.status.${task.status}`)}</strong>
            </li>
          );
        })}
      </ol>
      {readyToCheck(questionnaire, state.answers, tasks) && (
        <p>
          <Link className="button" href={stepHref(lang, CHECK)}>
            {t("tasks.check")}
          </Link>
        </p>
      )}
    </>
  );
}
