"use client";
// The helper's first screen: the code the person shows (or the QR, which fills it in), role and first name.
import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useSyncExternalStore } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "@/components/i18n/useTranslation";
import * as z from "zod/mini";
import { ErrorSummary, type SummaryError } from "@/components/form/ErrorSummary";
import { HttpError, call } from "@/lib/drafts/api";
import { normaliseResumeCode } from "@/lib/drafts/protocol";
import { HELPER_ROLES, JOIN_CODE_LENGTH, helpUrls, helperSchema, type Helper } from "@/lib/handoff/protocol";
import { helpJoined } from "@/lib/handoff/responses";
import { typedBeforeScripts } from "@/components/form/typedBeforeScripts";
import { HelperFields, helperTypedBeforeScripts } from "./HelperFields";

export interface HelperSession {
  sessionId: string;
  helperToken: string;
}

// With a QR code's token in the address, the code field is not shown and not checked.
const withCode = z.extend(helperSchema, {
  code: z.string().check(z.refine((v) => normaliseResumeCode(v).length === JOIN_CODE_LENGTH, { error: "help.code" })),
});
const CODE_ID = "join-code";
const withQrToken = z.extend(helperSchema, { code: z.string() });
type JoinForm = Helper & { code: string };

// The QR code's link carries a join token in its fragment (never sent to a server), read after hydration.
const subscribeToHash = (onChange: () => void) => {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
};
const tokenInHash = () => /(?:^|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash.slice(1))?.[1] ?? null;

export function HelperJoin({ onJoined }: { onJoined: (session: HelperSession) => void }) {
  const { t, i18n } = useTranslation();
  const { t: te } = useTranslation("errors");
  const qrToken = useSyncExternalStore(subscribeToHash, tokenInHash, () => null);
  const [failure, setFailure] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [typed] = useState(() => ({ code: typedBeforeScripts(CODE_ID), ...helperTypedBeforeScripts() }));
  const form = useForm<JoinForm>({
    resolver: zodResolver(qrToken ? withQrToken : withCode),
    defaultValues: typed,
    shouldFocusError: false, // the error summary takes focus, not the field
  });

  const errors: SummaryError[] = [
    form.formState.errors.code && { target: CODE_ID, message: te(form.formState.errors.code.message ?? "help.code") },
    form.formState.errors.role && { target: `role-${HELPER_ROLES[0]}`, message: te(form.formState.errors.role.message ?? "help.role") },
    form.formState.errors.name && { target: "helper-name", message: te(form.formState.errors.name.message ?? "help.name") },
    failure && { target: CODE_ID, message: te(failure) },
  ].filter((e): e is SummaryError => Boolean(e));

  const submit = form.handleSubmit(
    async ({ code, role, name }) => {
      setFailure(null);
      try {
        const joined = await call(helpJoined, helpUrls.join, {
          method: "POST",
          body: JSON.stringify({ ...(qrToken ? { token: qrToken } : { code }), helper: { role, name }, lang: i18n.language }),
        });
        onJoined(joined);
      } catch (error) {
        setFailure(error instanceof HttpError ? (error.status === 429 ? "help.tooMany" : "help.unknownCode") : "help.offline");
        setAttempt((n) => n + 1);
      }
    },
    () => setAttempt((n) => n + 1),
  );

  return (
    // submit shows every failure itself (the catch above): its promise never rejects.
    // POST: a form sent before scripts run, or without them, never puts a code or an answer in the address (issue 13).
    <form method="post" noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary errors={errors} attempt={attempt} />
      <h1>{t("helper.title")}</h1>
      <p className="lead">{t("helper.intro")}</p>
      {qrToken ? (
        <p className="notice">{t("helper.fromQr")}</p>
      ) : (
        <>
          <label className="label" htmlFor={CODE_ID}>
            {t("helper.codeLabel")}
          </label>
          <p id="join-code-hint" className="hint">
            {t("helper.codeHint")}
          </p>
          <input
            id={CODE_ID}
            className={`input input--code${errors.some((e) => e.target === CODE_ID) ? " input--error" : ""}`}
            type="text"
            dir="ltr"
            autoComplete="off"
            autoCapitalize="characters"
            aria-describedby="join-code-hint"
            aria-invalid={errors.some((e) => e.target === CODE_ID) ? true : undefined}
            {...form.register("code")}
          />
        </>
      )}
      <HelperFields role={form.register("role")} name={form.register("name")} errors={form.formState.errors} />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {t("helper.join")}
      </button>
    </form>
  );
}
