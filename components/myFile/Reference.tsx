"use client";
// The file's reference, the way it is read out on the phone: left to right, in any language.
import { useTranslation } from "@/components/i18n/useTranslation";
import styles from "./sent.module.css";

export function Reference({ reference }: { reference: string }) {
  const { t } = useTranslation();
  return (
    <p>
      {t("sent.referenceLabel")}{" "}
      <strong className={styles.code} dir="ltr">
        {reference}
      </strong>
    </p>
  );
}
