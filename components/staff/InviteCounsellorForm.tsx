"use client";
// An administrator invites a counsellor of their agency; the one-time link is shown here, once.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "@/components/navigation/useRouter";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { typedBeforeScripts } from "@/components/form/typedBeforeScripts";
import { useLaterTexts } from "@/components/i18n/useLaterTexts";
import * as z from "zod/mini";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import { inviteCounsellor, type StaffProblem } from "@/lib/staff/api";
import { staffNameSchema, type InvitedResponse } from "@/lib/staff/protocol";
import { OneTimeSecret } from "./OneTimeSecret";
import { StaffTextField } from "./StaffTextField";
import { useErrorTitle } from "@/components/form/useErrorTitle";
import { useHydrated } from "./useHydrated";

const schema = z.object({ name: staffNameSchema });
const FIELD_ID = "invite-name";

export function InviteCounsellorForm() {
  const { t, i18n } = useLaterTexts("staff");
  const router = useRouter();
  const hydrated = useHydrated();
  const [invited, setInvited] = useState<(InvitedResponse & { name: string }) | null>(null);
  const [problem, setProblem] = useState<StaffProblem | null>(null);
  const [typed] = useState(() => ({ name: typedBeforeScripts(FIELD_ID) }));
  const { register, handleSubmit, reset, formState } = useForm({ resolver: zodResolver(schema), defaultValues: typed, shouldFocusError: false }); // the error summary takes focus, not the field;
  const nameError = formState.errors.name?.message;
  const errors = [nameError && { target: FIELD_ID, message: t(nameError) }, problem && { target: FIELD_ID, message: t(`errors.${problem}`) }].filter(
    (e): e is { target: string; message: string } => Boolean(e),
  );

  useErrorTitle(errors.length > 0);

  const submit = handleSubmit(async ({ name }) => {
    setProblem(null);
    const outcome = await inviteCounsellor(name, i18n.language);
    if (!outcome.ok) {
      setProblem(outcome.problem);
      return;
    }
    setInvited({ ...outcome.value, name });
    reset({ name: "" });
    router.refresh();
  });

  return (
    <form method="post" onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary errors={errors} attempt={formState.submitCount} />
      <StaffTextField id={FIELD_ID} label={t("admin.invite.name")} hint={t("admin.invite.nameHint")} error={nameError && t(nameError)} registration={register("name")} />
      <button type="submit" className="button" disabled={!hydrated || formState.isSubmitting}>
        {t("admin.invite.submit")}
      </button>
      {invited && (
        <OneTimeSecret
          id="invitation-url"
          title={t("admin.invite.created", { name: invited.name })}
          label={t("admin.invite.url")}
          value={invited.invitationUrl}
          warning={t("admin.invite.once")}
        />
      )}
    </form>
  );
}
