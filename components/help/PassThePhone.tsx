"use client";
// "Pass the phone": the helper says who they are; until the person takes the phone back, answers are marked
// as entered with help.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { ErrorSummary, type SummaryError } from "@/components/form/ErrorSummary";
import { HELPER_ROLES, helperSchema, type Helper } from "@/lib/handoff/protocol";
import { useHelp } from "./HelpProvider";
import { HelperFields } from "./HelperFields";

export function PassThePhone({ next }: { next: string }) {
  const { t } = useTranslation();
  const { t: te } = useTranslation("errors");
  const router = useRouter();
  const help = useHelp();
  const [attempt, setAttempt] = useState(0);
  const form = useForm<Helper>({ resolver: zodResolver(helperSchema) as never, defaultValues: { role: undefined, name: "" } });
  const errors: SummaryError[] = [
    form.formState.errors.role && { target: `role-${HELPER_ROLES[0]}`, message: te(form.formState.errors.role.message ?? "help.role") },
    form.formState.errors.name && { target: "helper-name", message: te(form.formState.errors.name.message ?? "help.name") },
  ].filter((e): e is SummaryError => Boolean(e));

  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(
        (helper) => {
          help.passPhone(helper);
          router.push(next);
        },
        () => setAttempt((n) => n + 1),
      )}
    >
      <ErrorSummary errors={errors} attempt={attempt} />
      <h2>{t("help.sameDevice.title")}</h2>
      <p>{t("help.sameDevice.intro")}</p>
      <HelperFields form={form} />
      <button type="submit" className="button">
        {t("help.sameDevice.start")}
      </button>
    </form>
  );
}
