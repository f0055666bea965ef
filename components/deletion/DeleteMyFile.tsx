"use client";
// "Delete my file": a plain confirmation, then the file goes from the server and from this device. Offered
// wherever the device holds a file (the start page, my file, the kiosk end); on another device, after resuming
// with the code. Nothing is deleted on the device unless the server has deleted its copy first.
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "@/components/i18n/useTranslation";
import { useDraft } from "@/components/draft/DraftProvider";
import { HttpError } from "@/lib/drafts/api";

type Step = "idle" | "confirming" | "deleting" | "offline" | "failed";

export function DeleteMyFile() {
  const { t, i18n } = useTranslation();
  const { state, deleteFile } = useDraft();
  const [step, setStep] = useState<Step>("idle");
  const opener = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const returnFocus = useRef(false);
  // Opening the confirmation takes focus to it; closing it gives focus back to the button that opened it.
  useEffect(() => {
    if (step === "confirming") heading.current?.focus();
    if (step === "idle" && returnFocus.current) {
      returnFocus.current = false;
      opener.current?.focus();
    }
  }, [step]);
  if (state.status !== "ready") return null;
  const { draft, answers } = state;
  if (!draft.server.registered && !draft.sent && Object.keys(answers).length === 0) return null;

  const remove = async () => {
    setStep("deleting");
    try {
      await deleteFile();
      // A new page load: nothing of the file stays in this page's memory either.
      window.location.replace(`/${i18n.language}/deleted`);
    } catch (error) {
      // An answer the server itself gave (not a gateway's) is a failure; otherwise, with no network, it is the connection.
      const answered = error instanceof HttpError && ![502, 503, 504].includes(error.status);
      setStep(answered || navigator.onLine ? "failed" : "offline");
    }
  };

  if (step === "idle") {
    return (
      <p className="no-print">
        <button ref={opener} type="button" className="button button--secondary" onClick={() => setStep("confirming")}>
          {t("deletion.button")}
        </button>
      </p>
    );
  }
  return (
    <section className="confirm-box no-print" aria-labelledby="delete-file-title">
      <h2 id="delete-file-title" tabIndex={-1} ref={heading}>
        {t("deletion.confirmTitle")}
      </h2>
      <p>{t("deletion.confirmText")}</p>
      <div role="status">
        {step === "deleting" && <p>{t("deletion.deleting")}</p>}
        {(step === "offline" || step === "failed") && <p className="banner banner--warning">{t(`deletion.${step}`)}</p>}
      </div>
      <p className="confirm-box__actions">
        <button type="button" className="button button--warning" disabled={step === "deleting"} onClick={() => void remove()}>
          {t("deletion.confirm")}
        </button>
        <button type="button" className="button button--secondary" disabled={step === "deleting"} onClick={() => {
            returnFocus.current = true;
            setStep("idle");
          }}>
          {t("deletion.cancel")}
        </button>
      </p>
    </section>
  );
}
