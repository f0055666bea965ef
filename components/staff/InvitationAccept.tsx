"use client";
// Accepting an invitation: the token is read from the address's fragment (never sent in a URL), a passkey is created,
// and the new member lands in the inbox, signed in.
import { useSyncExternalStore } from "react";
import { useLaterTexts } from "@/components/i18n/useLaterTexts";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import { acceptInvitationWithPasskey } from "@/lib/staff/api";
import { agencyPath, staffTokenSchema } from "@/lib/staff/protocol";
import { useErrorTitle } from "@/components/form/useErrorTitle";
import { usePasskeyAction } from "./usePasskeyAction";

const BUTTON_ID = "passkey-create";

const subscribe = (onChange: () => void) => {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
};
const tokenInHash = () => {
  const token = new URLSearchParams(window.location.hash.slice(1)).get("token") ?? "";
  return staffTokenSchema.safeParse(token).success ? token : null;
};
// On the server there is no fragment: render as if the token were there, the browser corrects it at once.
const serverToken = () => "";

export function InvitationAccept() {
  const { t, i18n } = useLaterTexts("staff");
  const token = useSyncExternalStore(subscribe, tokenInHash, serverToken);
  const { busy, failure, run } = usePasskeyAction(
    () => acceptInvitationWithPasskey(token ?? ""),
    () => {
      // The used token leaves the history too, then the inbox loads with the new session.
      window.history.replaceState(null, "", window.location.pathname);
      window.location.assign(agencyPath(i18n.language));
    },
  );
  useErrorTitle(failure !== null);

  if (token === null) return <p className="lead">{t("invitation.missing")}</p>;
  return (
    <>
      <ErrorSummary errors={failure ? [{ target: BUTTON_ID, message: t(`errors.${failure.problem}`) }] : []} attempt={failure?.attempt ?? 0} />
      <p>{t("invitation.intro")}</p>
      <button id={BUTTON_ID} type="button" className="button" onClick={() => void run()} disabled={busy || token === ""} aria-busy={busy}>
        {t("invitation.button")}
      </button>
    </>
  );
}
