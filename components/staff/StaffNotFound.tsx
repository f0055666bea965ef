"use client";
// The agency's "not found" (not-found pages get no params: the language comes from the provider above).
import { useLaterTexts } from "@/components/i18n/useLaterTexts";
import { agencyPath } from "@/lib/staff/protocol";

export function StaffNotFound() {
  const { t, i18n } = useLaterTexts("staff");
  return (
    <>
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
      <p>
        <a href={agencyPath(i18n.language)}>{t("file.back")}</a>
      </p>
    </>
  );
}
