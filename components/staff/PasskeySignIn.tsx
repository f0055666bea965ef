"use client";
// The sign-in button: a usernameless passkey prompt, then the inbox.
import { useLaterTexts } from "@/components/i18n/useLaterTexts";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import { signInWithPasskey } from "@/lib/staff/api";
import { agencyPath } from "@/lib/staff/protocol";
import { useErrorTitle } from "@/components/form/useErrorTitle";
import { useHydrated } from "./useHydrated";
import { usePasskeyAction } from "./usePasskeyAction";

const BUTTON_ID = "passkey-sign-in";

export function PasskeySignIn() {
  const { t, i18n } = useLaterTexts("staff");
  const hydrated = useHydrated();
  // A full load, so the next page is rendered with the new session cookie.
  const { busy, failure, run } = usePasskeyAction(signInWithPasskey, () => window.location.assign(agencyPath(i18n.language)));
  useErrorTitle(failure !== null);

  return (
    <>
      <ErrorSummary errors={failure ? [{ target: BUTTON_ID, message: t(`errors.${failure.problem}`) }] : []} attempt={failure?.attempt ?? 0} />
      <button id={BUTTON_ID} type="button" className="button" onClick={() => void run()} disabled={!hydrated || busy} aria-busy={busy}>
        {t("signIn.button")}
      </button>
    </>
  );
}
