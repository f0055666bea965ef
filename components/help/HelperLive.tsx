"use client";
// The helper's live screen: the same file as the person, where the person is, guidance for each question,
// and, only when the person lets them, a form to type the answers.
import { Fragment, useCallback, useEffect, useEffectEvent, useMemo, useState } from "react";
import { useTranslation } from "@/components/i18n/useTranslation";
import { QuestionForm, type ScreenAnswers } from "@/components/questions/QuestionForm";
import { answersOf, type DeviceEntry } from "@/lib/drafts/model";
import { changesResponse, type ChangesResponse } from "@/lib/drafts/protocol";
import { HELP_EVENTS, helpUrls, type SessionState } from "@/lib/handoff/protocol";
import { openEventStream, postAction } from "@/lib/handoff/transport";
import { findQuestion, nextStep, screenOf, visibleQuestions } from "@/lib/questionnaire/engine";
import { questionnaire } from "@/lib/questionnaire/definition";
import { FrenchTerms } from "@/components/i18n/FrenchTerms";
import { KEEP_FRENCH_MARKS, keepingFrenchMarks } from "@/lib/i18n/frenchTerms";
import { formatAnswer } from "@/lib/questionnaire/format";
import { labelKey } from "@/lib/questionnaire/keys";
import type { AnswerValue } from "@/lib/questionnaire/types";
import { Guidance } from "./Guidance";
import { IdleWarning } from "./IdleWarning";
import type { HelperSession } from "./HelperJoin";
import { usePlaceName } from "./HelpBanner";

/** The helper's copy of the answers, each with the revision it changed at, and the draft revision it is up to. */
interface Copy {
  revision: number;
  entries: Record<string, DeviceEntry & { revision: number }>;
}

/** Adds a delta from the stream: an answer replaces the one held unless the one held is newer. */
function merge(copy: Copy, delta: ChangesResponse): Copy {
  const entries = { ...copy.entries };
  for (const [id, entry] of Object.entries(delta.entries)) {
    const held = entries[id];
    if (!held || entry.revision >= held.revision) {
      entries[id] = { value: (entry.value ?? null) as AnswerValue | null, changedAt: entry.changedAt, revision: entry.revision };
    }
  }
  return { revision: delta.revision, entries };
}

/** The helper's own answers, held until the stream brings the server's copy (any later revision replaces them): the
 *  engine then opens the follow-ups they unlock at once, as it does on the person's device. */
function withSent(copy: Copy, values: ScreenAnswers): Copy {
  const entries = { ...copy.entries };
  for (const [id, value] of Object.entries(values)) entries[id] = { value: value ?? null, changedAt: Date.now(), revision: copy.revision };
  return { ...copy, entries };
}

/** What the helper sees when the server says the session is gone before any state arrived (a reload after the end). */
const ENDED: SessionState = { status: "ended", helper: null, mode: "person-types", personAt: null, helperAt: null, typingRequested: false, idleSecondsLeft: null, hidden: [] };

export function HelperLive({ session, onLeave }: { session: HelperSession; onLeave: () => void }) {
  const { t, i18n } = useTranslation();
  const { t: tq } = useTranslation("questionnaire");
  const place = usePlaceName();
  const [state, setState] = useState<SessionState | null>(null);
  const [copy, setCopy] = useState<Copy>({ revision: 0, entries: {} });
  const [at, setAt] = useState<string | null>(null);
  const answers = useMemo(() => answersOf(copy.entries), [copy]);
  const { sessionId, helperToken } = session;

  const startRevision = useEffectEvent(() => copy.revision);
  useEffect(() => {
    const stop = openEventStream({
      url: helpUrls.events(sessionId),
      token: helperToken,
      startRevision: () => startRevision(),
      onEvent: (event, data) => {
        if (event === HELP_EVENTS.answers) {
          const delta = changesResponse.safeParse(data);
          if (delta.success) setCopy((held) => merge(held, delta.data));
        }
        if (event !== HELP_EVENTS.state) return;
        const next = data as SessionState;
        setState(next);
        // Nothing more will come: the server would only answer 409.
        if (next.status === "ended" || next.status === "refused") stop();
      },
      onGone: () => setState((s) => (s ? { ...s, status: "ended" } : ENDED)),
    });
    return stop;
  }, [sessionId, helperToken]);

  // Follow the person until the helper moves on their own.
  const current = at ?? state?.personAt ?? null;
  useEffect(() => {
    if (state?.status === "active" && current) void postAction(helpUrls.presence(sessionId), helperToken, { at: current }).catch(() => undefined);
  }, [current, state?.status, sessionId, helperToken]);

  const send = useCallback(
    (values: ScreenAnswers) =>
      postAction(helpUrls.answers(sessionId), helperToken, {
        // The request shape shared with the person's device asks for it; the helper sees its result on the stream.
        baseRevision: copy.revision,
        changes: Object.entries(values).map(([questionId, value]) => ({ questionId, value: value ?? null, changedAt: Date.now() })),
      }).then(() => undefined),
    [sessionId, helperToken, copy.revision],
  );

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

  // The screens the person goes through, each named by its question (follow-ups are on their question's screen).
  const visible = visibleQuestions(questionnaire, answers);
  const asked = visible.filter((q) => q.onScreenOf === undefined);
  const question = current ? findQuestion(questionnaire, screenOf(questionnaire, current)) : undefined;
  const index = question ? asked.findIndex((q) => q.id === question.id) : -1;
  // The screen's question and the follow-ups its answer opened under it.
  const onScreen = question ? visible.filter((q) => q.id === question.id || q.onScreenOf === question.id) : [];
  const previous = asked[index - 1];
  // A question the file does not ask (yet) has no next one; the first asked one follows it on Continue (below).
  const next = index === -1 ? undefined : asked[index + 1];
  const helperTypes = state.mode === "helper-types";

  return (
    <>
      <h1>{t("helper.liveTitle")}</h1>
      <p role="status">
        <FrenchTerms text={t("helper.personAt", { place: place(state.personAt), ...KEEP_FRENCH_MARKS })} />
      </p>
      <p>{t(helperTypes ? "helperLive.mode.helperTypes" : "helperLive.mode.personTypes")}</p>
      <nav aria-label={t("helper.navigation")} className="helper-nav">
        <button type="button" className="button button--secondary button--small" disabled={!previous} onClick={() => previous && setAt(previous.id)}>
          {t("helper.previous")}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={() => setAt(null)}>
          {t("helper.follow")}
        </button>
        <button type="button" className="button button--secondary button--small" disabled={!next} onClick={() => next && setAt(next.id)}>
          {t("helper.next")}
        </button>
      </nav>
      {question ? (
        <section aria-label={tq(labelKey(question))} className="helper-question">
          {state.hidden.includes(question.id) ? (
            // The server keeps the answer back too: nothing of it is on this device.
            <>
              <h2>
                <FrenchTerms text={tq(labelKey(question), KEEP_FRENCH_MARKS)} />
              </h2>
              <p className="notice">{t("helperHidden.keptBack")}</p>
            </>
          ) : helperTypes ? (
            <QuestionForm
              key={`${question.id}-${copy.entries[question.id]?.changedAt ?? 0}`}
              question={question}
              answers={answers}
              versions={Object.fromEntries(onScreen.map((q) => [q.id, copy.entries[q.id]?.changedAt ?? 0]))}
              onSave={async (values) => {
                // Offline, nothing is sent and the helper stays on the question: Continue tries again.
                const sent = await send(values).then(
                  () => true,
                  () => false,
                );
                if (!sent) return;
                // Where Continue leads is the engine's choice over the answers with these, as on the person's
                // device: "by phone" asks the times to call on the same screen, a topic chosen leads to its questions.
                setCopy((held) => withSent(held, values));
                const following = nextStep(questionnaire, answersOf(withSent(copy, values).entries), question.id);
                if (findQuestion(questionnaire, following)) setAt(following);
              }}
              onAutosave={(id, value, valid) => (valid ? send({ [id]: value }) : Promise.resolve())}
            />
          ) : (
            <>
              {onScreen.map((q) => {
                const value = answers[q.id];
                return (
                  <Fragment key={q.id}>
                    <h2>
                      <FrenchTerms text={tq(labelKey(q), KEEP_FRENCH_MARKS)} />
                    </h2>
                    <p>
                      {value === undefined ? t("check.noAnswer") : <FrenchTerms text={formatAnswer(q, value, keepingFrenchMarks(tq), i18n.language, t("check.unsure")).join(", ")} />}
                    </p>
                  </Fragment>
                );
              })}
              {!state.typingRequested && (
                // Offline, the button simply stays: the stream shows the request once the server has it, a tap retries.
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => void postAction(helpUrls.askToType(sessionId), helperToken).catch(() => undefined)}
                >
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
        onKeepAlive={() => void postAction(helpUrls.keepAlive(sessionId), helperToken).catch(() => undefined)}
      />
      <button
        type="button"
        className="button button--warning"
        // Leaving does not wait for the network: a session nobody ends runs out by itself (idle limit).
        onClick={() => void postAction(helpUrls.end(sessionId), helperToken).catch(() => undefined).finally(onLeave)}
      >
        {t("helper.leave")}
      </button>
    </>
  );
}
