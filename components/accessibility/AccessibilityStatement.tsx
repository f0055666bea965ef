"use client";
// The statement's text lives in locales/<lang>/common.json (accessibility.*); only facts that are not words
// (contact address, date, version) come from lib/accessibility.
import { useTranslation } from "@/components/i18n/useTranslation";
import { accessibilityContact, defenderUrl, delegatesUrl, rgaaVersion, statementDate } from "@/lib/accessibility";

const TESTED = ["axe", "keyboard", "reflow", "readAloud", "screenReaderMarkup", "languages"] as const;
const LIMITS = ["audit", "screenReaders", "voices", "qrCode"] as const;

export function AccessibilityStatement() {
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(`${i18n.language}-u-nu-latn`, { dateStyle: "long", timeZone: "UTC" }).format(new Date(statementDate));
  return (
    <>
      <h1>{t("accessibility.title")}</h1>
      <p>{t("accessibility.commitment")}</p>
      <h2>{t("accessibility.conformityTitle")}</h2>
      <p>{t("accessibility.conformity", { version: rgaaVersion })}</p>
      <h2>{t("accessibility.testedTitle")}</h2>
      <ul className="list list--bullet">
        {TESTED.map((item) => (
          <li key={item}>{t(`accessibility.tested.${item}`)}</li>
        ))}
      </ul>
      <p>{t("accessibility.environment")}</p>
      <h2>{t("accessibility.limitsTitle")}</h2>
      <ul className="list list--bullet">
        {LIMITS.map((item) => (
          <li key={item}>{t(`accessibility.limits.${item}`)}</li>
        ))}
      </ul>
      <h2>{t("accessibility.reportTitle")}</h2>
      <p>{t("accessibility.report")}</p>
      <p className="long-address">
        {t("accessibility.writeTo")} <a href={`mailto:${accessibilityContact}`}>{accessibilityContact}</a>
      </p>
      <h2>{t("accessibility.remedyTitle")}</h2>
      <p>{t("accessibility.remedy")}</p>
      <ul className="list list--bullet">
        <li>
          <a href={defenderUrl}>{t("accessibility.remedyForm")}</a>
        </li>
        <li>
          <a href={delegatesUrl}>{t("accessibility.remedyDelegate")}</a>
        </li>
        <li>{t("accessibility.remedyPost")}</li>
      </ul>
      <p className="hint">{t("accessibility.established", { date })}</p>
    </>
  );
}
