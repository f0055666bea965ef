"use client";
// Tells the person plainly when they are offline, and that their answers are safe on the device.
import { useTranslation } from "@/components/i18n/useTranslation";
import { useOnline } from "./useOnline";

export function ConnectionStatus() {
  const { t } = useTranslation();
  const online = useOnline();
  return (
    <div role="status" className="status-region">
      {!online && <p className="banner banner--offline">{t("connection.offline")}</p>}
    </div>
  );
}
