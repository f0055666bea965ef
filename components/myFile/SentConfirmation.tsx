"use client";
// The confirmation's proof of sending: reference, agency and date as this device kept them, and the way to the copy.
import { useTranslation } from "@/components/i18n/useTranslation";
import { useDraft } from "@/components/draft/DraftProvider";
import { Reference } from "./Reference";
import { SentNotice } from "./SentNotice";

export function SentConfirmation() {
  const { state } = useDraft();
  const { t } = useTranslation();
  const sent = state.status === "ready" ? state.draft.sent : undefined;
  if (!sent) return null;
  return (
    <>
      <Reference reference={sent.reference} />
      <p>{t("sent.referenceHint")}</p>
      <SentNotice sent={sent} />
    </>
  );
}
