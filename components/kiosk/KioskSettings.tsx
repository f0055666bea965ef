"use client";
// For agency staff: turn kiosk mode on or off on this device.
import { useTranslation } from "react-i18next";
import { KIOSK_KEY } from "@/lib/drafts/wipe";
import { useKiosk } from "./KioskGuard";

export function KioskSettings() {
  const { t } = useTranslation();
  const kiosk = useKiosk();
  const set = (on: boolean) => {
    if (on) localStorage.setItem(KIOSK_KEY, "1");
    else localStorage.removeItem(KIOSK_KEY);
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
    </>
  );
}
