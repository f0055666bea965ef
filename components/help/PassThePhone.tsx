"use client";
// "Pass the phone": the helper says who they are; until the person takes the phone back, answers are marked
// as entered with help.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "@/components/navigation/useRouter";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "@/components/i18n/useTranslation";
import { ErrorSummary, type SummaryError } from "@/components/form/ErrorSummary";
import { HELPER_ROLES, helperSchema, type Helper } from "@/lib/handoff/protocol";
import { useHelp } from "./HelpProvider";
import { HelperFields, helperTypedBeforeScripts } from "./HelperFields";

export function PassThePhone({ next }: { next: string }) {
  const { t } = useTranslation();
  const { t: te } = useTranslation("errors");
  const router = useRouter();
  const help = useHelp();
  const [attempt, setAttempt] = useState(0);
  const [typed] = useState(helperTypedBeforeScripts);
  const form = useForm<Helper>({ resolver: zodResolver(helperSchema), defaultValues: typed, shouldFocusError: false }); // the error summary takes focus

  const errors: SummaryError[] = [
    form.formState.errors.role && { target: `role-${HELPER_ROLES[0]}`, message: te(form.formState.errors.role.message ?? "help.role") },
    form.formState.errors.name && { target: "helper-name", message: te(form.formState.errors.name.message ?? "help.name") },
  ].filter((e): e is SummaryError => Boolean(e));

  const submit = form.handleSubmit(
    (helper) => {
      help.passPhone(helper);
      router.push(next);
    },
    () => setAttempt((n) => n + 1),
  );

  return (
    // Nothing in submit waits or can fail: its promise is react-hook-form's wrapper.
    // POST: a form sent before scripts run, or without them, never puts a code or an answer in the address (issue 13).
    <form method="post" noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary errors={errors} attempt={attempt} />
      <h2>{t("help.sameDevice.title")}</h2>
      <p>{t("help.sameDevice.intro")}</p>
      <HelperFields role={form.register("role")} name={form.register("name")} errors={form.formState.errors} />
      <button type="submit" className="button">
        {t("help.sameDevice.start")}
      </button>
    </form>
  );
}
