"use client";
// The answer log in plain language: which answer, who entered it, on which device, when.
import { useTranslation } from "@/components/i18n/useTranslation";
import { BackLink } from "@/components/journey/BackLink";
import { Loading } from "@/components/journey/Loading";
import { findQuestion } from "@/lib/questionnaire/engine";
import { questionnaire } from "@/lib/questionnaire/definition";
import { FrenchTerms } from "@/components/i18n/FrenchTerms";
import { KEEP_FRENCH_MARKS, keepingFrenchMarks } from "@/lib/i18n/frenchTerms";
import { formatAnswer } from "@/lib/questionnaire/format";
import { labelKey } from "@/lib/questionnaire/keys";
import { isEmptyAnswer } from "@/lib/questionnaire/schemas";
import type { AnswerValue } from "@/lib/questionnaire/types";
import { stepHref } from "@/lib/routes";
import { useAnswerLog } from "./useAnswerLog";

export function AnswerHistory() {
  const { t, i18n } = useTranslation();
  const { t: tq } = useTranslation("questionnaire");
  const log = useAnswerLog();
  const when = new Intl.DateTimeFormat(`${i18n.language}-u-nu-latn`, { dateStyle: "long", timeStyle: "short" });
  return (
    <>
      <BackLink href={stepHref(i18n.language, "check")} />
      <h1>{t("history.title")}</h1>
      <p>{t("history.intro")}</p>
      {log.status === "loading" && <Loading />}
      {log.status === "offline" && <p className="notice">{t("history.offline")}</p>}
      {log.status === "ready" && log.log.length === 0 && <p>{t("history.empty")}</p>}
      {log.status === "ready" && log.log.length > 0 && (
        <ol className="history">
          {[...log.log].reverse().map((entry, index) => {
            const question = findQuestion(questionnaire, entry.questionId);
            if (!question) return null;
            const who = entry.author.kind === "helper" ? t("history.helper", { name: entry.author.name, role: t(`help.roles.${entry.author.role}`) }) : t("history.you");
            const where = t(entry.via === "helper-device" ? "history.helperDevice" : "history.sameDevice");
            return (
              <li key={`${entry.questionId}-${entry.changedAt}-${index}`}>
                <p className="history__question">
                  <FrenchTerms text={tq(labelKey(question), KEEP_FRENCH_MARKS)} />
                </p>
                <p>
                  {entry.kind === "cleared" ? (
                    t("history.cleared")
                  ) : entry.kind === "left-empty" || isEmptyAnswer(entry.value) ? (
                    // A list unticked to nothing is an answer with nothing in it: said in words, not a blank line.
                    t("history.leftEmpty")
                  ) : (
                    <FrenchTerms text={formatAnswer(question, entry.value as AnswerValue, keepingFrenchMarks(tq), i18n.language, t("check.unsure")).join(", ")} />
                  )}
                </p>
                <p className="muted">{t("history.entry", { who, where, when: when.format(entry.changedAt) })}</p>
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
