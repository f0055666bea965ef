"use client";
// The helper's live screen: the same file as the person, where the person is, guidance for each question,
// and, only when the person lets them, a form to type the answers.
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { QuestionForm } from "@/components/questions/QuestionForm";
import { answersOf, type Entries } from "@/lib/drafts/model";
import { HELP_EVENTS, helpUrls, type SessionState } from "@/lib/handoff/protocol";
import { openEventStream, postAction } from "@/lib/handoff/transport";
import { findQuestion, visibleQuestions } from "@/lib/questionnaire/engine";
import { questionnaire } from "@/lib/questionnaire/definition";
import { formatAnswer } from "@/lib/questionnaire/format";
import { labelKey } from "@/lib/questionnaire/keys";
import type { AnswerValue } from "@/lib/questionnaire/types";
import { Guidance } from "./Guidance";
import { IdleWarning } from "./IdleWarning";
import type { HelperSession } from "./HelperJoin";
import { usePlaceName } from "./HelpBanner";

export function HelperLive({ session, onLeave }: { session: HelperSession; onLeave: () => void }) {
  const { t, i18n } = useTranslation();
  const { t: tq } = useTranslation("questionnaire");
  const place = usePlaceName();
  const [state, setState] = useState<SessionState | null>(null);
  const [entries, setEntries] = useState<Entries>({});
  const [at, setAt] = useState<string | null>(null);
  const answers = useMemo(() => answersOf(entries), [entries]);

  useEffect(
    () =>
      openEventStream(
        helpUrls.events(session.sessionId),
        session.helperToken,
        (event, data) => {
          if (event === HELP_EVENTS.state) setState(data as SessionState);
          if (event === HELP_EVENTS.answers) setEntries(data as Entries);
        },
        () => setState((s) => (s ? { ...s, status: "ended" } : s)),
      ),
    [session],
  );

  // Follow the person until the helper moves on their own.
  const current = at ?? state?.personAt ?? null;
  useEffect(() => {
    if (state?.status === "active" && current) void postAction(helpUrls.presence(session.sessionId), session.helperToken, { at: current });
  }, [current, state?.status, session]);

  if (!state) return <p role="status">{t("loading")}</p>;
  if (state.status === "requested") return <p role="status" className="notice">{t("helper.waiting")}</p>;
  if (state.status !== "active") {
    return (
      <>
        <h1>{t(state.status === "refused" ? "helper.refused" : "helper.ended")}</h1>
        <button type="button" className="button" onClick={onLeave}>
          {t("helper.again")}
        </button>
      </>
    );
  }

  const asked = visibleQuestions(questionnaire, answers);
  const question = current ? findQuestion(questionnaire, current) : undefined;
  const index = question ? asked.findIndex((q) => q.id === question.id) : -1;
  const helperTypes = state.mode === "helper-types";
  const send = (value: AnswerValue | undefined) =>
    postAction(helpUrls.answers(session.sessionId), session.helperToken, {
      changes: [{ questionId: question!.id, value: value ?? null, changedAt: Date.now() }],
    }).then(() => undefined);

  return (
    <>
      <h1>{t("helper.liveTitle")}</h1>
      <p role="status">{t("helper.personAt", { place: place(state.personAt) })}</p>
      <p>{t(helperTypes ? "help.mode.helperTypes" : "help.mode.personTypes")}</p>
      <nav aria-label={t("helper.navigation")} className="helper-nav">
        <button type="button" className="button button--secondary button--small" disabled={index <= 0} onClick={() => setAt(asked[index - 1]!.id)}>
          {t("helper.previous")}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={() => setAt(null)}>
          {t("helper.follow")}
        </button>
        <button type="button" className="button button--secondary button--small" disabled={index === -1 || index >= asked.length - 1} onClick={() => setAt(asked[index + 1]!.id)}>
          {t("helper.next")}
        </button>
      </nav>
      {question ? (
        <section aria-label={tq(labelKey(question))} className="helper-question">
          {helperTypes ? (
            <QuestionForm
              key={`${question.id}-${entries[question.id]?.changedAt ?? 0}`}
              question={question}
              answers={answers}
              onSave={async (value) => {
                await send(value);
                if (asked[index + 1]) setAt(asked[index + 1]!.id);
              }}
              onAutosave={(value, valid) => (valid ? send(value) : Promise.resolve())}
            />
          ) : (
            <>
              <h2>{tq(labelKey(question))}</h2>
              <p>
                {answers[question.id] === undefined
                  ? t("check.noAnswer")
                  : formatAnswer(question, answers[question.id]!, tq, i18n.language, t("check.unsure")).join(", ")}
              </p>
              {!state.typingRequested && (
                <button type="button" className="button button--secondary" onClick={() => void postAction(helpUrls.askToType(session.sessionId), session.helperToken)}>
                  {t("helper.askToType")}
                </button>
              )}
            </>
          )}
          <Guidance questionId={question.id} />
        </section>
      ) : (
        <p>{t("helper.noQuestion")}</p>
      )}
      <IdleWarning
        state={state}
        onKeepAlive={() => void postAction(helpUrls.keepAlive(session.sessionId), session.helperToken).catch(() => undefined)}
      />
      <button
        type="button"
        className="button button--warning"
        onClick={() => void postAction(helpUrls.end(session.sessionId), session.helperToken).finally(onLeave)}
      >
        {t("helper.leave")}
      </button>
    </>
  );
}
