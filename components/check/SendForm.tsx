"use client";
// Consent and sending: nothing leaves the device before the person ticks the box and presses Send.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { useDraft } from "@/components/draft/DraftProvider";
import { Choice } from "@/components/form/Choice";
import { ErrorSummary, type SummaryError } from "@/components/form/ErrorSummary";
import { Glossary } from "@/components/glossary/Glossary";
import { effectiveAnswers, findQuestion } from "@/lib/questionnaire/engine";
import { questionnaire } from "@/lib/questionnaire/definition";
import { errorParams } from "@/lib/questionnaire/errors";
import { pageGlossary } from "@/lib/questionnaire/glossary";
import { labelKey } from "@/lib/questionnaire/keys";
import type { Answers } from "@/lib/questionnaire/types";
import { confirmationHref } from "@/lib/routes";
import { SUBMISSIONS_URL, type SubmissionRejected } from "@/lib/submissions/protocol";

const CONSENT_ID = "consent";
const consentSchema = z.object({ consent: z.literal(true, { error: "consent.required" }) });

export function SendForm({ draftId, answers }: { draftId: string; answers: Answers }) {
  const { t, i18n } = useTranslation();
  const { t: tq } = useTranslation("questionnaire");
  const { t: te } = useTranslation("errors");
  const router = useRouter();
  const { markSubmitted } = useDraft();
  const [attempt, setAttempt] = useState(0);
  const [serverErrors, setServerErrors] = useState<SummaryError[]>([]);
  const form = useForm<{ consent: boolean }>({ resolver: zodResolver(consentSchema) as never, defaultValues: { consent: false } });
  const consentError = form.formState.errors.consent?.message;

  const send = form.handleSubmit(
    async () => {
      setServerErrors([]);
      try {
        const response = await fetch(SUBMISSIONS_URL, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ draftId, consent: true, answers: effectiveAnswers(questionnaire, answers) }),
        });
        if (response.ok) {
          await markSubmitted();
          router.push(confirmationHref(i18n.language));
          return;
        }
        const body = (await response.json().catch(() => ({}))) as SubmissionRejected;
        setServerErrors(
          body.problems?.map((p) => {
            const question = findQuestion(questionnaire, p.question);
            const label = question ? tq(labelKey(question)) : p.question;
            return { target: CONSENT_ID, message: `${label} : ${te(p.error, question ? errorParams(question, p.error) : {})}` };
          }) ?? [{ target: CONSENT_ID, message: t("check.sendFailed") }],
        );
      } catch {
        setServerErrors([{ target: CONSENT_ID, message: t("check.sendFailed") }]);
      }
      setAttempt((n) => n + 1);
    },
    () => setAttempt((n) => n + 1),
  );

  const errors: SummaryError[] = consentError ? [{ target: CONSENT_ID, message: te(consentError) }, ...serverErrors] : serverErrors;

  return (
    <form noValidate onSubmit={send} className="send-form">
      <ErrorSummary errors={errors} attempt={attempt} />
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
          {te(consentError)}
        </p>
      )}
      <Glossary terms={pageGlossary.check} />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("check.sending") : t("check.send")}
      </button>
    </form>
  );
}
