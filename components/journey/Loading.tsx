"use client";
import { useTranslation } from "@/components/i18n/useTranslation";

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="muted" role="status">
      {t("loading")}
    </p>
  );
}
