"use client";
// "I have a code": opens the same draft on this device. Wrong codes get a plain message; the server limits guesses.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { useDraft } from "@/components/draft/DraftProvider";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import { myFileHref } from "@/components/myFile/sentFormat";
import { HttpError, auth, call, httpDraftsApi } from "@/lib/drafts/api";
import { answersOf } from "@/lib/drafts/model";
import { withServer } from "@/lib/drafts/store";
import { RESUME_ALPHABET, RESUME_LENGTH, normaliseResumeCode } from "@/lib/drafts/protocol";
import { firstIncomplete } from "@/lib/questionnaire/engine";
import { questionnaire } from "@/lib/questionnaire/definition";
import { stepHref } from "@/lib/routes";
import { sentFileResponse, submissionUrl } from "@/lib/submissions/protocol";

const FIELD_ID = "resume-code";
const codePattern = new RegExp(`^[${RESUME_ALPHABET}]{${RESUME_LENGTH}}$`);
const schema = z.object({ code: z.string().refine((v) => codePattern.test(normaliseResumeCode(v)), { error: "resume.format" }) });

function failureKey(error: unknown): string {
  if (error instanceof HttpError) return error.status === 404 ? "resume.unknown" : error.status === 429 ? "resume.tooMany" : "resume.failed";
  return "resume.offline";
}

export function ResumeForm() {
  const { t, i18n } = useTranslation();
  const { t: te } = useTranslation("errors");
  const router = useRouter();
  const { state, replace, setSent } = useDraft();
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<{ code: string }>({ resolver: zodResolver(schema) as never, defaultValues: { code: "" } });

  useEffect(() => {
    const fromLink = /(?:^|&)code=([^&]+)/.exec(window.location.hash.slice(1))?.[1];
    if (fromLink) form.setValue("code", decodeURIComponent(fromLink));
  }, [form]);

  const submit = form.handleSubmit(
    async ({ code }) => {
      setFailure(null);
      const resumeCode = normaliseResumeCode(code);
      try {
        const found = await httpDraftsApi.resume(resumeCode);
        const draft = await replace(
          withServer(
            { id: found.draftId, entries: {}, server: { token: found.token, resumeCode, registered: true, revision: 0 }, updatedAt: Date.now() },
            found,
          ),
        );
        // A file already sent opens on the person's copy, not on its questions: nothing there asks to send again.
        const copy = await call(sentFileResponse, submissionUrl(found.draftId), { method: "GET", headers: auth(found.token) }).catch(() => null);
        if (copy) {
          await setSent({ reference: copy.reference, version: copy.version, sentAt: copy.sentAt, agency: copy.agency });
          router.push(myFileHref(i18n.language));
          return;
        }
        router.push(stepHref(i18n.language, firstIncomplete(questionnaire, answersOf(draft.entries))));
      } catch (error) {
        setFailure(failureKey(error));
        setAttempt((n) => n + 1);
      }
    },
    () => setAttempt((n) => n + 1),
  );

  const message = form.formState.errors.code?.message ?? failure;
  const hasAnswers = state.status === "ready" && Object.keys(state.answers).length > 0;
  return (
    <form noValidate onSubmit={submit} className="no-print">
      <ErrorSummary errors={message ? [{ target: FIELD_ID, message: te(message) }] : []} attempt={attempt} />
      <h2>{t("resume.enterTitle")}</h2>
      <label className="label" htmlFor={FIELD_ID}>
        {t("resume.inputLabel")}
      </label>
      <p id="resume-code-hint" className="hint">
        {t("resume.inputHint")}
        {hasAnswers && ` ${t("resume.replaceWarning")}`}
      </p>
      {message && (
        <p id="resume-code-error" className="error-message">
          {te(message)}
        </p>
      )}
      <input
        id={FIELD_ID}
        className={`input input--code${message ? " input--error" : ""}`}
        type="text"
        dir="ltr"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        aria-describedby={`resume-code-hint${message ? " resume-code-error" : ""}`}
        aria-invalid={message ? true : undefined}
        {...form.register("code")}
      />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {t("resume.submit")}
      </button>
    </form>
  );
}
