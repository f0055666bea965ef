"use client";
// An administrator creates an export API key; the key is shown here, once.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "@/components/navigation/useRouter";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { typedBeforeScripts } from "@/components/form/typedBeforeScripts";
import { useLaterTexts } from "@/components/i18n/useLaterTexts";
import * as z from "zod/mini";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import { createApiKey, type StaffProblem } from "@/lib/staff/api";
import { apiKeyNameSchema, type ApiKeyCreated } from "@/lib/staff/protocol";
import { OneTimeSecret } from "./OneTimeSecret";
import { StaffTextField } from "./StaffTextField";
import { useErrorTitle } from "@/components/form/useErrorTitle";
import { useHydrated } from "./useHydrated";

const schema = z.object({ name: apiKeyNameSchema });
const FIELD_ID = "api-key-name";

export function ApiKeyForm() {
  const { t } = useLaterTexts("staff");
  const router = useRouter();
  const hydrated = useHydrated();
  const [created, setCreated] = useState<(ApiKeyCreated & { name: string }) | null>(null);
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
    const outcome = await createApiKey(name);
    if (!outcome.ok) {
      setProblem(outcome.problem);
      return;
    }
    setCreated({ ...outcome.value, name });
    reset({ name: "" });
    router.refresh();
  });

  return (
    <form method="post" onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary errors={errors} attempt={formState.submitCount} />
      <StaffTextField id={FIELD_ID} label={t("admin.keys.newName")} hint={t("admin.keys.newNameHint")} error={nameError && t(nameError)} registration={register("name")} />
      <button type="submit" className="button" disabled={!hydrated || formState.isSubmitting}>
        {t("admin.keys.submit")}
      </button>
      {created && <OneTimeSecret id="api-key" title={t("admin.keys.created", { name: created.name })} label={t("admin.keys.key")} value={created.key} warning={t("admin.keys.once")} />}
    </form>
  );
}
