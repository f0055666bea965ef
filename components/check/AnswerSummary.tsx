"use client";
// Every answer of the file, section by section: on the check page each with a link to change it and come
// straight back (and the server's objection, if it refused the file); read-only in the person's copy.
import Link from "next/link";
import { useTranslation } from "@/components/i18n/useTranslation";
import { FrenchTerms } from "@/components/i18n/FrenchTerms";
import { KEEP_FRENCH_MARKS, keepingFrenchMarks } from "@/lib/i18n/frenchTerms";
import { screenOf, visibleQuestions } from "@/lib/questionnaire/engine";
import { questionnaire } from "@/lib/questionnaire/definition";
import { formatAnswer } from "@/lib/questionnaire/format";
import { labelKey, sectionTitleKey } from "@/lib/questionnaire/keys";
import { isEmptyAnswer } from "@/lib/questionnaire/schemas";
import type { Answers } from "@/lib/questionnaire/types";
import { stepHref } from "@/lib/routes";

/** The change link's id: the error summary of a refused send points at it. */
export const changeLinkId = (questionId: string) => `change-${questionId}`;

interface Props {
  answers: Answers;
  helped?: Record<string, { name: string; role: string }>;
  /** No change links: the file was sent and is not being corrected. */
  readOnly?: boolean;
  /** What the server said about an answer when it refused the file, by question id (already in words). */
  problems?: Record<string, string>;
}

export function AnswerSummary({ answers, helped = {}, readOnly = false, problems = {} }: Props) {
  const { t, i18n } = useTranslation();
  const { t: tq } = useTranslation("questionnaire");
  // Labels and answers keep their <fr> marks: French terms in them get lang="fr".
  const tqMarked = keepingFrenchMarks(tq);
  const asked = visibleQuestions(questionnaire, answers);
  return questionnaire.sections
    .map((section) => ({ section, questions: asked.filter((q) => q.section === section.id) }))
    .filter(({ questions }) => questions.length > 0)
    .map(({ section, questions }) => (
      <section key={section.id} aria-labelledby={`section-${section.id}`} className="summary-section">
        <h2 id={`section-${section.id}`}>{tq(sectionTitleKey(section.id))}</h2>
        <dl className="summary-list">
          {questions.map((question) => {
            const value = answers[question.id];
            const label = tqMarked(labelKey(question));
            const helper = helped[question.id];
            const problem = problems[question.id];
            return (
              <div className="summary-list__row" key={question.id}>
                <dt className="summary-list__key">
                  <FrenchTerms text={label} />
                </dt>
                <dd className="summary-list__value">
                  {problem && (
                    <span className="error-message summary-list__line">
                      <span className="visually-hidden">{t("errorTitlePrefix")} </span>
                      <FrenchTerms text={problem} />
                    </span>
                  )}
                  {value === undefined || isEmptyAnswer(value) ? (
                    <span className="muted">{t("check.noAnswer")}</span>
                  ) : (
                    formatAnswer(question, value, tqMarked, i18n.language, t("check.unsure")).map((line, i) => (
                      <span className="summary-list__line" key={i}>
                        <FrenchTerms text={line} />
                      </span>
                    ))
                  )}
                  {helper && <span className="summary-list__help">{t("history.withHelp", { name: helper.name, role: t(`help.roles.${helper.role}`) })}</span>}
                </dd>
                {!readOnly && (
                  <dd className="summary-list__actions">
                    {/* Not fetched ahead: one link per answer would fetch dozens of question pages on arrival. */}
                    <Link prefetch={false} id={changeLinkId(question.id)} href={stepHref(i18n.language, screenOf(questionnaire, question.id), true)}>
                      {t("check.change")}
                      <span className="visually-hidden">
                        {" "}
                        <FrenchTerms text={t("check.changeHidden", { question: label, ...KEEP_FRENCH_MARKS })} />
                      </span>
                    </Link>
                  </dd>
                )}
              </div>
            );
          })}
        </dl>
      </section>
    ));
}
