"use client";
// "Read each page aloud" at the start (DOMAIN.md section 0): one checkbox, remembered on this device.
import { useSyncExternalStore } from "react";
import { useTranslation } from "@/components/i18n/useTranslation";
import { Choice } from "@/components/form/Choice";
import { onKept } from "@/lib/deviceStorage";
import { autoReadOn, setAutoRead } from "@/lib/readAloud/autoRead";

const ID = "auto-read";

export function AutoReadSetting() {
  const { t } = useTranslation();
  // Off on the server and until hydration: the choice lives on the device.
  const on = useSyncExternalStore(onKept, autoReadOn, () => false);
  return (
    <div className="choices">
      <Choice type="checkbox" id={ID} label={t("autoRead.label")} aria-describedby={`${ID}-hint`} checked={on} onChange={(event) => setAutoRead(event.target.checked)} />
      <p id={`${ID}-hint`} className="hint">
        {t("autoRead.hint")}
      </p>
    </div>
  );
}
