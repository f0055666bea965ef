"use client";
// Hint and error message of a question, with the ids controls point to through aria-describedby.
import { useTranslation } from "@/components/i18n/useTranslation";
import { useFieldIds } from "./fieldIds";
import { FrenchTerms } from "@/components/i18n/FrenchTerms";

export function Hint({ text }: { text: string }) {
  const ids = useFieldIds();
  return (
    <p id={ids.hint} className="hint" data-read-aloud>
      <FrenchTerms text={text} />
    </p>
  );
}

export function ErrorMessage({ message }: { message?: string }) {
  const { t } = useTranslation();
  const ids = useFieldIds();
  if (!message) return null;
  return (
    <p id={ids.error} className="error-message" data-read-aloud>
      {/* Screen readers read the prefix; the red border is not the only cue. */}
      <span className="visually-hidden">{t("errorTitlePrefix")} </span>
      {message}
    </p>
  );
}
