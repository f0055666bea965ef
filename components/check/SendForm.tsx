"use client";
// Agency, consent and sending: nothing leaves the device before the person chose where it goes, ticked the box and
// pressed Send. Every failure is told at the field and in the error summary, and keeps what was chosen.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "@/components/navigation/useRouter";
import { useEffect, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useTranslation } from "@/components/i18n/useTranslation";
import * as z from "zod/mini";
import { useDraft } from "@/components/draft/DraftProvider";
import { Choice } from "@/components/form/Choice";
import { ErrorSummary, type SummaryError } from "@/components/form/ErrorSummary";
import { Glossary } from "@/components/glossary/Glossary";
import { useHelp } from "@/components/help/HelpProvider";
import { isLocale } from "@/lib/i18n/settings";
import { findQuestion } from "@/lib/questionnaire/engine";
import { questionnaire } from "@/lib/questionnaire/definition";
import { errorParams } from "@/lib/questionnaire/errors";
import { pageGlossary } from "@/lib/questionnaire/glossary";
import { KEEP_FRENCH_MARKS } from "@/lib/i18n/frenchTerms";
import { labelKey } from "@/lib/questionnaire/keys";
import { confirmationHref } from "@/lib/routes";
import type { Agency } from "@/lib/submissions/protocol";
import { AGENCY_SEARCH_ID, AgencyChoice, agencyRadioId } from "./AgencyChoice";
import { changeLinkId } from "./AnswerSummary";
import { useKioskAgency } from "./kioskAgency";
import { sendFile, type SendOutcome } from "./sendFile";
import { useAgencySearch } from "./useAgencySearch";

const CONSENT_ID = "consent";
const SEND_ID = "send-file";
// Messages are translation keys of common.json, except consent's, which errors.json has always held.
const schema = z.object({
  query: z.string(),
  agencyId: z.string().check(z.minLength(1, { error: "send.errors.agency" })),
  // A box not ticked is false in the form: the schema takes a boolean and wants it true.
  consent: z.boolean().check(z.refine((ticked) => ticked, { error: "consent.required" })),
});
type Values = z.infer<typeof schema>;

export interface AnswerProblem {
  question: string;
  message: string;
}

const ROOT_KEYS: Partial<Record<SendOutcome["kind"], string>> = {
  offline: "send.errors.offline",
  unsynced: "send.errors.unsynced",
  stale: "send.errors.stale",
  failed: "check.sendFailed",
};

interface Props {
  /** The agency of the version already sent, when the person is correcting it. */
  sentAgency?: Agency;
  problems: AnswerProblem[];
  onProblems: (problems: AnswerProblem[]) => void;
}

export function SendForm({ sentAgency, problems, onProblems }: Props) {
  const { t, i18n } = useTranslation();
  const { t: tq } = useTranslation("questionnaire");
  const { t: te } = useTranslation("errors");
  const router = useRouter();
  const { flush, setSent } = useDraft();
  const { endAll } = useHelp();
  const kioskAgency = useKioskAgency();
  const initial = sentAgency ?? kioskAgency;
  const [attempt, setAttempt] = useState(0);
  // Every agency the person was shown, so the chosen one keeps its name whatever they search next.
  const [seen, setSeen] = useState<Record<string, Agency>>(() => (initial ? { [initial.id]: initial } : {}));
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { query: "", agencyId: initial?.id ?? "", consent: false },
    shouldFocusError: false, // the error summary takes focus, not the field
  });
  const [query, agencyId] = useWatch({ control: form.control, name: ["query", "agencyId"] });
  const search = useAgencySearch(query);
  const chosen = seen[agencyId] ?? null;
  const { errors } = form.formState;

  if (search.status === "done" && search.agencies.some((a) => seen[a.id] !== a)) {
    // Adjusting state while rendering (React's documented pattern), not in an effect: no extra paint.
    setSeen((known) => ({ ...known, ...Object.fromEntries(search.agencies.map((a) => [a.id, a])) }));
  }

  const agencyError = errors.agencyId?.message ? t(errors.agencyId.message) : undefined;
  const consentError = errors.consent?.message ? te(errors.consent.message) : undefined;
  const rootError = errors.root?.message ? t(errors.root.message) : undefined;
  const summary: SummaryError[] = [
    ...(agencyError ? [{ target: chosen ? agencyRadioId(chosen.id) : AGENCY_SEARCH_ID, message: agencyError }] : []),
    ...(consentError ? [{ target: CONSENT_ID, message: consentError }] : []),
    ...problems.map((p) => ({ target: changeLinkId(p.question), message: p.message })),
    ...(rootError ? [{ target: SEND_ID, message: rootError }] : []),
  ];

  // The title says there is an error first, so it is the first thing a screen reader user hears.
  const failed = summary.length > 0;
  useEffect(() => {
    const title = t("pageTitle", { title: t("check.title") });
    document.title = failed ? `${t("errorTitlePrefix")} ${title}` : title;
  }, [failed, t]);

  const send = form.handleSubmit(
    async ({ agencyId: chosenId }) => {
      onProblems([]);
      const lang = isLocale(i18n.language) ? i18n.language : "fr";
      const outcome = await sendFile(flush, chosenId, lang);
      if (outcome.kind === "sent") {
        await setSent(outcome.sent);
        // Sending ends the help (the server ended a helper's own device's session with the send): what comes next,
        // a new file included, is the person's alone.
        await endAll();
        router.push(confirmationHref(i18n.language));
        return;
      }
      if (outcome.kind === "unknown-agency") form.setError("agencyId", { type: "server", message: "send.errors.unknownAgency" });
      else if (outcome.kind === "problems") onProblems(outcome.problems.map(({ question: id, error }) => {
        const question = findQuestion(questionnaire, id);
        // With its French terms marked: the summary and the answer's row render them with lang="fr".
        const label = question ? tq(labelKey(question), KEEP_FRENCH_MARKS) : id;
        return { question: id, message: t("send.errors.answer", { question: label, error: te(error, question ? errorParams(question, error) : {}), ...KEEP_FRENCH_MARKS }) };
      }));
      else form.setError("root", { type: "server", message: ROOT_KEYS[outcome.kind] ?? "check.sendFailed" });
      setAttempt((n) => n + 1);
    },
    () => setAttempt((n) => n + 1),
  );

  return (
    // sendFile turns every failure of the network or the server into an outcome shown here; the draft's storage
    // failures are handled inside it (the draft moves to memory).
    // POST: a form sent before scripts run, or without them, never puts a code or an answer in the address (issue 13).
    <form method="post" noValidate onSubmit={(event) => void send(event)} className="send-form no-print">
      <ErrorSummary errors={summary} attempt={attempt} />
      <AgencyChoice
        search={search}
        chosen={chosen}
        queryField={form.register("query")}
        agencyField={form.register("agencyId")}
        error={agencyError}
        preset={Boolean(kioskAgency && chosen?.id === kioskAgency.id)}
      />
      <h2>{t("check.consentTitle")}</h2>
      <div className="choices">
        <Choice
          label={t("check.consent")}
          type="checkbox"
          id={CONSENT_ID}
          aria-describedby={`consent-hint${consentError ? " consent-error" : ""}`}
          aria-invalid={consentError ? true : undefined}
          {...form.register("consent")}
        />
      </div>
      <p id="consent-hint" className="hint">
        {t("check.consentHint")}
      </p>
      {consentError && (
        <p id="consent-error" className="error-message">
          {consentError}
        </p>
      )}
      <Glossary terms={pageGlossary.check} />
      {rootError && (
        <p id="send-error" className="error-message">
          <span className="visually-hidden">{t("errorTitlePrefix")} </span>
          {rootError}
        </p>
      )}
      <button id={SEND_ID} type="submit" className="button" aria-describedby={rootError ? "send-error" : undefined} disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("check.sending") : t(sentAgency ? "send.sendCorrected" : "check.send")}
      </button>
    </form>
  );
}
