"use client";
// For agency staff: turn kiosk mode on or off on this device, and choose the agency its files go to by default.
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useTranslation } from "@/components/i18n/useTranslation";
import { Choice } from "@/components/form/Choice";
import { setKioskAgency, useKioskAgency } from "@/components/check/kioskAgency";
import { useAgencySearch } from "@/components/check/useAgencySearch";
import { writeStored } from "@/lib/deviceStorage";
import { KIOSK_KEY } from "@/lib/drafts/wipe";
import { typedBeforeScripts } from "@/components/form/typedBeforeScripts";
import { useKiosk } from "./useKiosk";

const SEARCH_ID = "kiosk-agency-search";

export function KioskSettings() {
  const { t } = useTranslation();
  const kiosk = useKiosk();
  const set = (on: boolean) => {
    writeStored(KIOSK_KEY, on ? "1" : null);
    // useSyncExternalStore listens to "storage", which this tab does not receive for its own writes.
    window.dispatchEvent(new StorageEvent("storage", { key: KIOSK_KEY }));
  };
  return (
    <>
      <h1>{t("kiosk.settings.title")}</h1>
      <p>{t("kiosk.settings.intro")}</p>
      <p role="status">{t(kiosk ? "kiosk.settings.on" : "kiosk.settings.off")}</p>
      <button type="button" className="button" onClick={() => set(!kiosk)}>
        {t(kiosk ? "kiosk.settings.stop" : "kiosk.settings.start")}
      </button>
      <KioskAgency />
    </>
  );
}

/** The agency is chosen once by staff, so people at this kiosk find it already chosen (and can change it). */
function KioskAgency() {
  const { t } = useTranslation();
  const preset = useKioskAgency();
  const [saved, setSaved] = useState(false);
  const [typed] = useState(() => ({ query: typedBeforeScripts(SEARCH_ID), agencyId: "" }));
  const form = useForm<{ query: string; agencyId: string }>({ defaultValues: typed });
  const [query] = useWatch({ control: form.control, name: ["query"] });
  const search = useAgencySearch(query);
  const agencies = search.status === "done" ? search.agencies : [];
  const save = form.handleSubmit(({ agencyId }) => {
    const agency = agencies.find((a) => a.id === agencyId);
    if (!agency) return;
    setKioskAgency(agency);
    setSaved(true);
  });
  return (
    // Nothing in save waits or can fail: its promise is react-hook-form's wrapper.
    // POST: a form sent before scripts run, or without them, never puts a code or an answer in the address (issue 13).
    <form method="post" noValidate onSubmit={(event) => void save(event)} className="kiosk-agency">
      <h2>{t("kiosk.agency.title")}</h2>
      <p role="status">
        {preset ? t("kiosk.agency.current", { name: preset.name, postcode: preset.postcode, town: preset.town }) : t("kiosk.agency.none")}
        {saved && preset && ` ${t("kiosk.agency.saved")}`}
      </p>
      <label className="label" htmlFor={SEARCH_ID}>
        {t("send.agency.searchLabel")}
      </label>
      <input id={SEARCH_ID} className="input" type="text" autoComplete="off" {...form.register("query")} />
      {search.status === "done" && agencies.length === 0 && <p>{t("send.agency.none")}</p>}
      {search.status === "offline" && <p>{t("send.agency.offline")}</p>}
      {agencies.length > 0 && (
        <fieldset>
          <legend className="visually-hidden">{t("kiosk.agency.title")}</legend>
          <div className="choices">
            {agencies.map((agency) => (
              <Choice
                key={agency.id}
                id={`kiosk-agency-${agency.id}`}
                type="radio"
                value={agency.id}
                label={t("send.agency.option", { name: agency.name, postcode: agency.postcode, town: agency.town })}
                {...form.register("agencyId")}
              />
            ))}
          </div>
          <button type="submit" className="button">
            {t("kiosk.agency.save")}
          </button>
        </fieldset>
      )}
      {preset && (
        <button type="button" className="button button--secondary" onClick={() => setKioskAgency(null)}>
          {t("kiosk.agency.remove")}
        </button>
      )}
    </form>
  );
}
