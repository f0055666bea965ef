"use client";
// Tells the person plainly when they are offline, and that their answers are safe on the device.
import { useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";

function subscribe(callback: () => void) {
  window.addEventListener("online", callback);
  window.addEventListener("offline", callback);
  return () => {
    window.removeEventListener("online", callback);
    window.removeEventListener("offline", callback);
  };
}

export function ConnectionStatus() {
  const { t } = useTranslation();
  const online = useSyncExternalStore(subscribe, () => navigator.onLine, () => true);
  return (
    <div role="status" className="status-region">
      {!online && <p className="banner banner--offline">{t("connection.offline")}</p>}
    </div>
  );
}
