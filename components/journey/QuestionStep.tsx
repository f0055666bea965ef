"use client";
// One question on its own screen: where it sits in the file, Back, the form, and where Continue leads.
import { useSearchParams } from "next/navigation";
import Link from "next/link";
import { useEffect, useState } from "react";
import { Guidance } from "@/components/help/Guidance";
import { QuickHide } from "@/components/kiosk/QuickHide";
import { useHelp } from "@/components/help/HelpProvider";
import { useHelperSeesIt } from "@/components/help/useHelperSeesIt";
import { useTranslation } from "@/components/i18n/useTranslation";
import { QuestionForm, type ScreenAnswers } from "@/components/questions/QuestionForm";
import { answersOf } from "@/lib/drafts/model";
import { CHECK, findQuestion, firstIncomplete, followersOf, nextOpenedStep, nextStep, previousStep, progress, visibleQuestions } from "@/lib/questionnaire/engine";
import { questionnaire } from "@/lib/questionnaire/definition";
import { sectionTitleKey } from "@/lib/questionnaire/keys";
import { possibleNextSteps } from "@/lib/questionnaire/upcoming";
import { RETURN_PARAM, RETURN_TO_CHECK, stepHref } from "@/lib/routes";
import { BackLink } from "./BackLink";
import { changeFromCheck } from "./changeFromCheck";
import { Loading } from "./Loading";
import { useJourney } from "./useJourney";

/** The question as the address asks it: coming from "check your answers" (`?return=check`) or not. */
// Nothing to save before the draft is read: the form is inert until then.
const nothing = () => Promise.resolve();

export function QuestionStep({ questionId }: { questionId: string }) {
  const returning = useSearchParams().get(RETURN_PARAM) === RETURN_TO_CHECK;
  return <QuestionScreen questionId={questionId} returning={returning} />;
}

/**
 * The question screen. Rendered at build time too (as the question page's fallback while the address's search
 * part is not known), so the question, its hint and its options are in the HTML and painted before any script
 * runs; until the device's draft is read the form is inert, then it is drawn again with the saved answer.
 */
export function QuestionScreen({ questionId, returning, placeholder = false }: { questionId: string; returning: boolean; placeholder?: boolean }) {
  const { t } = useTranslation();
  const { t: tq } = useTranslation("questionnaire");
  const { lang, router, draft, answers } = useJourney(questionId);
  const help = useHelp();
  const { reportPresence } = help;
  const helped = help.session?.status === "active";
  const alsoSeenBy = useHelperSeesIt(questionId);
  // Where the person is, once per question (and again when a helper is accepted).
  useEffect(() => {
    if (helped) reportPresence(questionId);
  }, [questionId, helped, reportPresence]);
  const question = findQuestion(questionnaire, questionId);
  // Every screen Continue may lead to is fetched ahead, so the move itself waits for no request. Keyed on the
  // steps themselves: answers change as the person types, the places Continue may lead to rarely do.
  const upcoming = answers ? possibleNextSteps(questionnaire, answers, questionId).map((step) => stepHref(lang, step, returning)).join(" ") : "";
  useEffect(() => {
    for (const href of upcoming.split(" ").filter(Boolean)) router.prefetch(href);
  }, [upcoming, router]);
  // The questions asked when the person arrived: autosave changes answers while they type, and a change from
  // the check page must be compared with what was asked before it. Kept from the first render that has answers
  // (state set during render: React renders again at once, before anything is shown).
  // On a follow-up a change from the check page opened, what was asked before that change.
  const [askedOnArrival, setAskedOnArrival] = useState<ReadonlySet<string> | null>(null);
  if (answers && !askedOnArrival) setAskedOnArrival((returning ? changeFromCheck.askedBefore() : null) ?? new Set(visibleQuestions(questionnaire, answers).map((q) => q.id)));
  // A helper typing on their own device changes an answer under the person's eyes: show it. The person's own
  // autosaves are remembered so they do not remount the form under their fingers.
  const [ownChanges, setOwnChanges] = useState<Readonly<Record<string, number>>>({});
  const remoteVersion = (id: string) => {
    const entry = draft.state.status === "ready" ? draft.state.draft.entries[id] : undefined;
    return help.session?.mode === "helper-types" && entry && entry.changedAt !== (ownChanges[id] ?? 0) ? entry.changedAt : 0;
  };
  if (!question) return <Loading />;
  // The page's fallback is only ever drawn, never used: on a move between questions React may show it while the
  // page's data arrives, then replace it; an answer chosen in it would be lost with it.
  if (!answers || placeholder) {
    return (
      <QuickHide enabled={Boolean(question.sensitive)}>
        <BackLink href={returning ? stepHref(lang, CHECK) : stepHref(lang, previousStep(questionnaire, {}, questionId))} />
        {/* Disabled as well as inert: nothing can be typed, chosen or opened that the saved answer's form would
            then replace (a disclosure opened here would close under the person's finger). */}
        <fieldset className="loading-form" disabled inert>
          <QuestionForm key="loading" question={question} answers={{}} onSave={nothing} onAutosave={nothing} drawnOnly />
        </fieldset>
      </QuickHide>
    );
  }
  const where = progress(questionnaire, answers, questionId);

  const save = async (values: ScreenAnswers) => {
    const before = askedOnArrival ?? new Set<string>();
    // Continue commits the screen's answers. Committing an answer already committed records nothing (the store's
    // rule): it must not take the authorship of an answer a helper typed, nor add a line to the log.
    let saved = draft.state.status === "ready" ? draft.state.draft : null;
    for (const [id, value] of Object.entries(values)) saved = await draft.saveAnswer(id, value, { commit: true, author: help.author });
    const after = saved ? answersOf(saved.entries) : answers;
    if (!returning) return router.push(stepHref(lang, nextStep(questionnaire, after, questionId)));
    // Coming from "check your answers": go back there, unless the change opened questions not asked before it
    // (each follow-up it opened, optional ones too, in turn).
    const next = nextOpenedStep(questionnaire, after, questionId, before);
    if (next !== CHECK) {
      changeFromCheck.continues(before);
      return router.push(stepHref(lang, next, true));
    }
    changeFromCheck.ended();
    const missing = firstIncomplete(questionnaire, after);
    router.push(stepHref(lang, missing, missing !== CHECK));
  };

  return (
    <QuickHide enabled={Boolean(question.sensitive)}>
      <BackLink href={returning ? stepHref(lang, CHECK) : stepHref(lang, previousStep(questionnaire, answers, questionId))} />
      {where && (
        <p className="caption">
          <span className="caption__section">{tq(sectionTitleKey(where.section))}</span>
          <span className="caption__progress">{t("progress", { step: where.step, total: where.total })}</span>
        </p>
      )}
      <QuestionForm
        key={`${questionId}-${remoteVersion(questionId)}-ready`}
        question={question}
        answers={answers}
        onSave={save}
        alsoSeenBy={alsoSeenBy}
        versions={Object.fromEntries(followersOf(questionnaire, questionId).map((q) => [q.id, remoteVersion(q.id)]))}
        onAutosave={(id, value, commit) =>
          draft.saveAnswer(id, value, { commit, author: help.author }).then((saved) => {
            // Set right after the provider's new draft and before React renders it: both land in one render.
            setOwnChanges((known) => ({ ...known, [id]: saved.entries[id]?.changedAt ?? known[id] ?? 0 }));
          })
        }
      />
      {help.sameDevice && <Guidance questionId={questionId} />}
      <p className="later-link standalone-link">
        <Link prefetch={false} href={`/${lang}/tasks`}>{t("tasks.linkFromQuestion")}</Link>
      </p>
      <p className="standalone-link">
        <Link prefetch={false} href={`/${lang}/resume`}>{t("resume.linkFromQuestion")}</Link>
      </p>
    </QuickHide>
  );
}
