"use client";
// One labelled text input of an agency form, owning its ARIA wiring (hint and error in aria-describedby).
import type { UseFormRegisterReturn } from "react-hook-form";
import { useTranslation } from "@/components/i18n/useTranslation";

export function StaffTextField({ id, label, hint, error, registration }: { id: string; label: string; hint?: string; error?: string; registration: UseFormRegisterReturn }) {
  const { t } = useTranslation();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="error-message">
          <span className="visually-hidden">{t("errorTitlePrefix")} </span>
          {error}
        </p>
      )}
      <input id={id} className={`input${error ? " input--error" : ""}`} type="text" autoComplete="off" aria-describedby={describedBy} aria-invalid={error ? true : undefined} {...registration} />
    </div>
  );
}
