"use client";
// A clear that could not finish says so: how many answers are not on the server yet, that the device keeps them
// and tries again (it clears itself once they are there), and what the person can do meanwhile: try now, print
// their resume code, or keep the device as it is.
import { useEffect, useRef } from "react";
import { useTranslation } from "@/components/i18n/useTranslation";
import { useDraft } from "@/components/draft/DraftProvider";

interface Props {
  unsaved: number;
  trying: boolean;
  onRetry: () => void;
  onKeep: () => void;
}

export function UnsavedAnswers({ unsaved, trying, onRetry, onKeep }: Props) {
  const { t } = useTranslation();
  const { state } = useDraft();
  const heading = useRef<HTMLHeadingElement>(null);
  // The person pressed "clear" and the device did not: this is what they must read first.
  useEffect(() => heading.current?.focus(), []);
  // A code exists once the server has heard of the file; before that there is nothing to print yet.
  const code = state.status === "ready" && Boolean(state.draft.server.resumeCode);
  return (
    <section className="confirm-box no-print" aria-labelledby="unsaved-title">
      <h2 id="unsaved-title" tabIndex={-1} ref={heading}>
        {t("kiosk.unsaved.title")}
      </h2>
      <p>{t("kiosk.unsaved.count", { count: unsaved })}</p>
      <p>{t(code ? "kiosk.unsaved.choices" : "kiosk.unsaved.choicesNoCode")}</p>
      <p role="status">{trying ? t("kiosk.unsaved.trying") : ""}</p>
      <p className="confirm-box__actions">
        <button type="button" className="button" onClick={onRetry}>
          {t("kiosk.unsaved.retry")}
        </button>
        {code && (
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {t("kiosk.unsaved.print")}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={onKeep}>
          {t("kiosk.unsaved.keep")}
        </button>
      </p>
    </section>
  );
}
