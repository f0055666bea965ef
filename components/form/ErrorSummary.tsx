"use client";
// Lists what needs fixing at the top of the page. It takes focus when shown so screen readers announce it at once
// (the GOV.UK error summary pattern; role="alert" alone is read late or twice by NVDA 2024 and VoiceOver iOS 17).
// A section named by its title is a region: a name on a plain div is ignored by many screen readers (issue 13).
// Wherever it shows, the page title starts with "Erreur :".
import { useEffect, useRef } from "react";
import { useTranslation } from "@/components/i18n/useTranslation";
import { FrenchTerms } from "@/components/i18n/FrenchTerms";
import { useErrorTitle } from "./useErrorTitle";

export interface SummaryError {
  /** Id of the control the link moves focus to. */
  target: string;
  /** In words; French terms may keep their marks (rendered with lang="fr"). */
  message: string;
}

export function ErrorSummary({ errors, attempt }: { errors: SummaryError[]; attempt: number }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  const focusedAttempt = useRef(0);
  const shown = errors.length > 0;
  useErrorTitle(shown);

  // Focus once per failed attempt (not on every re-render), as soon as the errors are on screen:
  // the attempt count and the errors can arrive in different renders.
  useEffect(() => {
    if (shown && attempt > focusedAttempt.current) {
      focusedAttempt.current = attempt;
      ref.current?.focus();
    }
  }, [attempt, shown]);

  if (errors.length === 0) return null;
  return (
    <section className="error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        {t("errorSummary.title")}
      </h2>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={`${error.target}-${error.message}`}>
            <a href={`#${error.target}`} onClick={(event) => focusTarget(event, error.target)}>
              <FrenchTerms text={error.message} />
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Moves focus to the field and shows its question too: jumping to the bare input hides the legend above it. */
function focusTarget(event: React.MouseEvent, id: string) {
  const input = document.getElementById(id);
  if (!input) return;
  event.preventDefault();
  const legend = input.closest("fieldset")?.querySelector("legend") ?? document.querySelector(`label[for="${id}"]`);
  (legend ?? input).scrollIntoView();
  input.focus({ preventScroll: true });
}
