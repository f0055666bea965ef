"use client";
// When this device stops keeping answers (full, private mode, database lost), the person is told what it means.
import { useTranslation } from "@/components/i18n/useTranslation";
import { useDraft } from "@/components/draft/DraftProvider";

export function StorageProblem() {
  const { t } = useTranslation();
  const { storageProblem } = useDraft();
  return <div role="alert">{storageProblem && <p className="banner banner--warning">{t(`storage.${storageProblem}`)}</p>}</div>;
}
