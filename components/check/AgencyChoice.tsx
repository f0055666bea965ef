"use client";
// Choosing the agency that receives the file: a labelled search by town or postcode, then native radios. The
// chosen agency stays in the list whatever is typed next, so a new search never loses the choice.
import type { UseFormRegisterReturn } from "react-hook-form";
import { useTranslation } from "@/components/i18n/useTranslation";
import { Choice } from "@/components/form/Choice";
import { describedBy } from "@/components/form/fieldIds";
import type { Agency } from "@/lib/submissions/protocol";
import type { AgencySearch } from "./useAgencySearch";

export const AGENCY_SEARCH_ID = "agency-search";
export const agencyRadioId = (id: string) => `agency-${id}`;

interface Props {
  search: AgencySearch;
  chosen: Agency | null;
  queryField: UseFormRegisterReturn;
  agencyField: UseFormRegisterReturn;
  /** Already in words. */
  error?: string;
  /** The kiosk's own agency is the one chosen. */
  preset: boolean;
}

export function AgencyChoice({ search, chosen, queryField, agencyField, error, preset }: Props) {
  const { t } = useTranslation();
  const found = search.status === "done" ? search.agencies.filter((a) => a.id !== chosen?.id) : [];
  const listed = chosen ? [chosen, ...found] : found;
  return (
    <fieldset className="agency-choice" aria-describedby={describedBy("agency-hint", error && "agency-error")}>
      <legend>
        <h2 className="agency-choice__title">{t("send.agency.title")}</h2>
      </legend>
      <p id="agency-hint" className="hint">
        {t(preset && chosen ? "send.agency.kioskHint" : "send.agency.hint")}
      </p>
      {error && (
        <p id="agency-error" className="error-message">
          <span className="visually-hidden">{t("errorTitlePrefix")} </span>
          {error}
        </p>
      )}
      <label className="label" htmlFor={AGENCY_SEARCH_ID}>
        {t("send.agency.searchLabel")}
      </label>
      <input
        id={AGENCY_SEARCH_ID}
        className={`input${error && !chosen ? " input--error" : ""}`}
        type="text"
        autoComplete="off"
        aria-describedby="agency-search-hint agency-results"
        {...queryField}
        // Enter in the search box searches; it must not send the file.
        onKeyDown={(event) => {
          if (event.key === "Enter") event.preventDefault();
        }}
      />
      <p id="agency-search-hint" className="hint">
        {t("send.agency.searchHint")}
      </p>
      <p id="agency-results" role="status" className="agency-choice__status">
        {search.status === "searching" && t("send.agency.searching")}
        {search.status === "offline" && t("send.agency.offline")}
        {search.status === "done" && (search.agencies.length === 0 ? t("send.agency.none") : t("send.agency.found", { count: search.agencies.length }))}
      </p>
      {listed.length > 0 && (
        <div className="choices">
          {listed.map((agency) => (
            <Choice
              key={agency.id}
              id={agencyRadioId(agency.id)}
              type="radio"
              value={agency.id}
              label={t("send.agency.option", { name: agency.name, postcode: agency.postcode, town: agency.town })}
              aria-invalid={error ? true : undefined}
              {...agencyField}
            />
          ))}
        </div>
      )}
    </fieldset>
  );
}
