"use client";
// The helper declares themself: role (radios) and first name, with their errors wired to the fields.
import type { FieldErrors, UseFormRegisterReturn } from "react-hook-form";
import { useTranslation } from "@/components/i18n/useTranslation";
import { Choice } from "@/components/form/Choice";
import { chosenBeforeScripts, typedBeforeScripts } from "@/components/form/typedBeforeScripts";
import { HELPER_ROLES, type Helper, type HelperRole } from "@/lib/handoff/protocol";

const NAME_ID = "helper-name";
const roleId = (role: HelperRole) => `role-${role}`;

/** What the helper ticked and typed before the page's scripts ran: the default values of a form with these fields. */
export function helperTypedBeforeScripts(): { role: HelperRole | undefined; name: string } {
  return { role: chosenBeforeScripts(HELPER_ROLES, roleId), name: typedBeforeScripts(NAME_ID) };
}

interface HelperFieldsProps {
  role: UseFormRegisterReturn<"role">;
  name: UseFormRegisterReturn<"name">;
  /** The errors of the form these fields are part of (any form whose values include a helper). */
  errors: FieldErrors<Helper>;
}

export function HelperFields({ role: roleField, name: nameField, errors }: HelperFieldsProps) {
  const { t } = useTranslation();
  const { t: te } = useTranslation("errors");
  const roleError = errors.role?.message;
  const nameError = errors.name?.message;
  return (
    <>
      <fieldset className="question" aria-describedby={roleError ? "role-error" : undefined}>
        <legend className="label">{t("help.fields.role")}</legend>
        {roleError && (
          <p id="role-error" className="error-message">
            {te(roleError)}
          </p>
        )}
        <div className="choices">
          {HELPER_ROLES.map((role) => (
            <Choice key={role} label={t(`help.roles.${role}`)} type="radio" id={roleId(role)} value={role} {...roleField} />
          ))}
        </div>
      </fieldset>
      <label className="label" htmlFor={NAME_ID}>
        {t("help.fields.name")}
      </label>
      {nameError && (
        <p id="helper-name-error" className="error-message">
          {te(nameError)}
        </p>
      )}
      <input
        id={NAME_ID}
        className={`input${nameError ? " input--error" : ""}`}
        type="text"
        autoComplete="off"
        aria-invalid={nameError ? true : undefined}
        aria-describedby={nameError ? "helper-name-error" : undefined}
        {...nameField}
      />
    </>
  );
}
