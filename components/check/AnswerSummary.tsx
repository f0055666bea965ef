"use client";
// Every answer of the file, section by section, each with a link to change it and come straight back.
import Link from "next/link";
import { useTranslation } from "react-i18next";
import { visibleQuestions } from "@/lib/questionnaire/engine";
import { questionnaire } from "@/lib/questionnaire/definition";
import { formatAnswer } from "@/lib/questionnaire/format";
import { labelKey, sectionTitleKey } from "@/lib/questionnaire/keys";
import { isEmptyAnswer } from "@/lib/questionnaire/schemas";
import type { Answers } from "@/lib/questionnaire/types";
import { stepHref } from "@/lib/routes";

export function AnswerSummary({ answers, helped = {} }: { answers: Answers; helped?: Record<string, { name: string; role: string }> }) {
  const { t, i18n } = useTranslation();
  const { t: tq } = useTranslation("questionnaire");
  const asked = visibleQuestions(questionnaire, answers);
  return questionnaire.sections
    .map((section) => ({ section, questions: asked.filter((q) => q.section === section.id) }))
    .filter(({ questions }) => questions.length > 0)
    .map(({ section, questions }) => (
      <section key={section.id} aria-labelledby={`section-${section.id}`}>
        <h2 id={`section-${section.id}`}>{tq(sectionTitleKey(section.id))}</h2>
        <dl className="summary-list">
          {questions.map((question) => {
            const value = answers[question.id];
            const label = tq(labelKey(question));
            return (
              <div className="summary-list__row" key={question.id}>
                <dt className="summary-list__key">{label}</dt>
                <dd className="summary-list__value">
                  {value === undefined || isEmptyAnswer(value) ? (
                    <span className="muted">{t("check.noAnswer")}</span>
                  ) : (
                    formatAnswer(question, value, tq, i18n.language, t("check.unsure")).map((line, i) => (
                      <span className="summary-list__line" key={i}>
                        {line}
                      </span>
                    ))
                  )}
                  {helped[question.id] && (
                    <span className="summary-list__help">
                      {t("history.withHelp", { name: helped[question.id]!.name, role: t(`help.roles.${helped[question.id]!.role}`) })}
                    </span>
                  )}
                </dd>
                <dd className="summary-list__actions">
                  <Link href={stepHref(i18n.language, question.id, true)}>
                    {t("check.change")}
                    <span className="visually-hidden"> {t("check.changeHidden", { question: label })}</span>
                  </Link>
                </dd>
              </div>
            );
          })}
        </dl>
      </section>
    ));
}
