"use client";
// The form of one screen: its question, and the follow-ups asked under its answer (issue 14), each checked with its
// zod schema; the error summary, words explained, "why" and "who".
import Link from "next/link";
import { Fragment, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { FormProvider, useWatch } from "react-hook-form";
import { useTranslation } from "@/components/i18n/useTranslation";
import { ErrorSummary, type SummaryError } from "@/components/form/ErrorSummary";
import { fieldIds } from "@/components/form/fieldIds";
import { Glossary } from "@/components/glossary/Glossary";
import { FrenchTerms } from "@/components/i18n/FrenchTerms";
import { ListenButton } from "@/components/readAloud/ListenButton";
import { questionnaire } from "@/lib/questionnaire/definition";
import { followUpsShown } from "@/lib/questionnaire/engine";
import { hintKey, labelKey, whoKey, whyKey } from "@/lib/questionnaire/keys";
import type { AnswerValue, Answers, Question } from "@/lib/questionnaire/types";
import { AfterHeading } from "./afterHeading";
import { FollowUp, type FollowUpHandle, type FollowUpReport } from "./FollowUp";
import { SaveIndicator } from "./SaveIndicator";
import { answerToStore, useAnswerForm } from "./useAnswerForm";
import type { AutosaveState } from "./useAutosave";
import { KEEP_FRENCH_MARKS } from "@/lib/i18n/frenchTerms";

/** What Continue saves: the answer of the screen's question and of each follow-up shown under it, by question id. */
export type ScreenAnswers = Readonly<Record<string, AnswerValue | undefined>>;

interface Props {
  question: Question;
  answers: Answers;
  onSave: (values: ScreenAnswers) => Promise<void>;
  /** Called as the person types; `commit` says it is time to send it to the server (and it passes its schema). */
  onAutosave: (questionId: string, value: AnswerValue | undefined, commit: boolean) => Promise<void>;
  /** Who else sees the answer for now (a helper while help lasts), added to "Who will see my answer?". */
  alsoSeenBy?: string;
  /** Drawn before the device's draft is read (inert): the page's own title stands, nothing is set from here. */
  drawnOnly?: boolean;
  /** By follow-up, a number that changes when someone else changed its answer (a helper typing): its form starts again. */
  versions?: Readonly<Record<string, number>>;
}

/**
 * The option under which a follow-up is revealed: the one option that opens it. One opened by several ("by SMS" or
 * "by a call") comes after the answer, where it does not hang under an option left unticked.
 */
function revealedUnder(question: Question, followUp: Question): string | undefined {
  if (!("options" in question)) return undefined;
  const opening = question.options.filter((code) => (followUp.showIf ?? []).some((c) => "anyOf" in c && c.anyOf.includes(code)));
  return opening.length === 1 ? opening[0] : undefined;
}

/** The state beside Continue for several answers: a failure first, then saving, then saved. */
function together(states: AutosaveState[]): AutosaveState {
  return (["failed", "saving", "saved"] as const).find((state) => states.includes(state)) ?? "idle";
}

export function QuestionForm({ question, answers, onSave, onAutosave, alsoSeenBy, drawnOnly = false, versions = {} }: Props) {
  const { t, i18n } = useTranslation();
  const { t: tq } = useTranslation("questionnaire");
  const ids = useMemo(() => fieldIds(), []);
  const { form, starting, autosave, problem, message, target, entry } = useAnswerForm(question, answers, ids, (value, commit) => onAutosave(question.id, value, commit));
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const label = tq(labelKey(question));
  const markedLabel = tq(labelKey(question), KEEP_FRENCH_MARKS);
  const Field = entry.component;

  // The follow-ups the answer on screen opens, each with its own form: Continue asks each shown one to check itself.
  const current = useWatch({ control: form.control, name: "answer" });
  const shown = followUpsShown(questionnaire, question, current);
  const handles = useRef(new Map<string, FollowUpHandle>());
  const onHandle = useCallback((id: string, handle: FollowUpHandle | null) => {
    if (handle) handles.current.set(id, handle);
    else handles.current.delete(id);
  }, []);
  const [reports, setReports] = useState<Readonly<Record<string, FollowUpReport>>>({});
  const onReport = useCallback((id: string, report: FollowUpReport | null) => {
    setReports(({ [id]: held, ...others }) => {
      if (held && report && held.autosave === report.autosave && held.problem?.message === report.problem?.message && held.problem?.target === report.problem?.target) {
        return { ...others, [id]: held };
      }
      return report ? { ...others, [id]: report } : others;
    });
  }, []);
  const shownReports = shown.flatMap((q) => reports[q.id] ?? []);

  const summary: SummaryError[] = [...(message ? [{ target, message }] : []), ...shownReports.flatMap((report) => report.problem ?? [])];
  const saving = together([autosave, ...shownReports.map((report) => report.autosave)]);

  // The title says there is an error first, so it is the first thing a screen reader user hears.
  const anyError = summary.length > 0;
  useEffect(() => {
    if (drawnOnly) return;
    const title = t("pageTitle", { title: label });
    document.title = anyError ? `${t("errorTitlePrefix")} ${title}` : title;
  }, [anyError, label, t, drawnOnly]);

  const checkFollowUps = () => Promise.all([...handles.current].map(async ([id, handle]) => ({ id, ...(await handle.check()) })));
  const submit = form.handleSubmit(
    async ({ answer }) => {
      const followUps = await checkFollowUps();
      if (followUps.some((followUp) => !followUp.ok)) return setAttempt((n) => n + 1);
      const values: Record<string, AnswerValue | undefined> = { [question.id]: answerToStore(question, answers, answer) };
      for (const followUp of followUps) {
        const asked = shown.find((q) => q.id === followUp.id);
        if (asked) values[asked.id] = answerToStore(asked, answers, followUp.answer);
      }
      await onSave(values);
    },
    async () => {
      await checkFollowUps();
      setAttempt((n) => n + 1);
    },
  );

  const followUp = (q: Question) => (
    <div className={q.showIf ? "follow-up follow-up--revealed" : "follow-up"} key={q.id}>
      <FollowUp key={`${q.id}-${versions[q.id] ?? 0}`} question={q} answers={answers} onAutosave={onAutosave} onHandle={onHandle} onReport={onReport} />
    </div>
  );
  const revealed: Record<string, ReactNode[]> = {};
  const after: ReactNode[] = [];
  for (const q of shown) {
    const code = revealedUnder(question, q);
    if (code === undefined) after.push(followUp(q));
    else (revealed[code] ??= []).push(followUp(q));
  }
  // What helps with the screen's questions, each said once.
  const glossary = [...new Set(shown.reduce<string[]>((terms, q) => [...terms, ...(q.glossary ?? [])], [...(question.glossary ?? [])]))];
  const texts = (key: (q: Question) => string) => [...new Set([question, ...shown].map((q) => tq(key(q), KEEP_FRENCH_MARKS)))];

  return (
    <FormProvider {...form}>
      {/* POST: a form sent before scripts run, or without them, never puts an answer in the address (issue 13). */}
      <form
        ref={formRef}
        method="post"
        noValidate
        onSubmit={(event) => {
          entry.beforeSubmit?.(form);
          // onSave does not reject: the device's storage failures move the draft to memory, and the helper's
          // screen keeps its network failures to itself (HelperLive).
          void submit(event);
        }}
      >
        <ErrorSummary errors={summary} attempt={attempt} />
        <AfterHeading
          value={
            <>
              <ListenButton target={formRef} />
              {starting.prefilled && (
                <p className="notice" data-read-aloud>
                  {t("redundantEntry.prefilled")}
                </p>
              )}
            </>
          }
        >
          <Field
            question={question}
            label={markedLabel}
            hint={tq(hintKey(question), KEEP_FRENCH_MARKS)}
            error={message}
            errorPart={problem?.part}
            answers={answers}
            revealed={revealed}
          />
        </AfterHeading>
        {after.map((node, index) => (
          <Fragment key={index}>{node}</Fragment>
        ))}
        <div className="form-actions">
          <button type="submit" className="button" disabled={form.formState.isSubmitting}>
            {t("continue")}
          </button>
          <SaveIndicator state={saving} />
        </div>
        {/* What helps with the question comes after Continue, so Continue is in view on a phone without scrolling. */}
        <Glossary terms={glossary} />
        <details className="details">
          <summary data-read-aloud>{t("why")}</summary>
          {texts(whyKey).map((why) => (
            <p data-read-aloud key={why}>
              <FrenchTerms text={why} />
            </p>
          ))}
        </details>
        <details className="details">
          <summary data-read-aloud>{t("who")}</summary>
          {texts(whoKey).map((who, index, all) => (
            <p data-read-aloud key={who}>
              <FrenchTerms text={who} />
              {index === all.length - 1 && (
                <>
                  {" "}
                  {alsoSeenBy && `${alsoSeenBy} `}
                  <Link prefetch={false} href={`/${i18n.language}/privacy`}>{t("privacyLinks.who")}</Link>
                </>
              )}
            </p>
          ))}
        </details>
      </form>
    </FormProvider>
  );
}
