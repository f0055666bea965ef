"use client";
// "I have a code": opens the same draft on this device. Wrong codes get a plain message; the server limits guesses.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "@/components/navigation/useRouter";
import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "@/components/i18n/useTranslation";
import * as z from "zod/mini";
import { useDraft } from "@/components/draft/DraftProvider";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import { typedBeforeScripts } from "@/components/form/typedBeforeScripts";
import { myFileHref } from "@/components/myFile/sentFormat";
import { HttpError, auth, call, httpDraftsApi } from "@/lib/drafts/api";
import { answersOf } from "@/lib/drafts/model";
import { withServer, type Draft } from "@/lib/drafts/store";
import { normaliseResumeCode, type ResumeResponse } from "@/lib/drafts/protocol";
import { codeFromFragment, isResumeCode } from "@/lib/drafts/resumeLink";
import { firstIncomplete } from "@/lib/questionnaire/engine";
import { questionnaire } from "@/lib/questionnaire/definition";
import { stepHref } from "@/lib/routes";
import { sentFileResponse, submissionUrl } from "@/lib/submissions/protocol";

const FIELD_ID = "resume-code";
const schema = z.object({ code: z.string().check(z.refine(isResumeCode, { error: "resume.format" })) });

const subscribeToHash = (onChange: () => void) => {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
};
const currentHash = () => window.location.hash;

/** The draft the code opened, as this device will hold it: the server's answers come with `found`. */
function resumedDraft(found: ResumeResponse, resumeCode: string): Draft {
  return withServer({ id: found.draftId, entries: {}, server: { token: found.token, resumeCode, registered: true, revision: 0 }, updatedAt: Date.now() }, found);
}

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
  const [typed] = useState(() => typedBeforeScripts(FIELD_ID));
  const form = useForm<{ code: string }>({
    resolver: zodResolver(schema),
    defaultValues: { code: typed },
    // The error summary takes focus, not the field: the field's focus came last and the summary was never heard.
    shouldFocusError: false,
  });

  // A link (QR code, printed page) brings its code; a broken one says so at the field, and the person types it.
  // Read after hydration (the server's page has no fragment). A broken link counts as one failed attempt, so the
  // summary takes focus once it shows the link's error.
  const hash = useSyncExternalStore(subscribeToHash, currentHash, () => "");
  const fromLink = useMemo(() => codeFromFragment(hash), [hash]);
  const attempts = attempt + (fromLink.status === "invalid" ? 1 : 0);
  useEffect(() => {
    if (fromLink.status === "valid") form.setValue("code", fromLink.code);
    if (fromLink.status === "invalid") form.setError("code", { message: "resume.badLink" });
  }, [form, fromLink]);

  const submit = form.handleSubmit(
    async ({ code }) => {
      setFailure(null);
      const resumeCode = normaliseResumeCode(code);
      try {
        const found = await httpDraftsApi.resume(resumeCode);
        const draft = await replace(resumedDraft(found, resumeCode));
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
    // submit shows every failure itself (the catch above): its promise never rejects.
    // POST: a form sent before scripts run, or without them, never puts a code or an answer in the address (issue 13).
    <form method="post" noValidate onSubmit={(event) => void submit(event)} className="no-print">
      <ErrorSummary errors={message ? [{ target: FIELD_ID, message: te(message) }] : []} attempt={attempts} />
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
