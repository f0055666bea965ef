// The statement's text lives in locales/<lang>/accessibility.json; only facts that are not words (contact address,
// date, version) come from lib/accessibility. A server component: the browser never downloads the statement's words.
import { getI18n } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { accessibilityContact, defenderUrl, delegatesUrl, rgaaVersion, statementDate } from "@/lib/accessibility";

const TESTED = ["axe", "keyboard", "reflow", "readAloud", "screenReaderMarkup", "languages"] as const;
const LIMITS = ["audit", "screenReaders", "voices", "qrCode"] as const;

export function AccessibilityStatement({ lang }: { lang: Locale }) {
  const t = getI18n(lang).getFixedT(lang, "accessibility");
  const date = new Intl.DateTimeFormat(`${lang}-u-nu-latn`, { dateStyle: "long", timeZone: "UTC" }).format(new Date(statementDate));
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("commitment")}</p>
      <h2>{t("conformityTitle")}</h2>
      <p>{t("conformity", { version: rgaaVersion })}</p>
      <h2>{t("testedTitle")}</h2>
      <ul className="list list--bullet">
        {TESTED.map((item) => (
          <li key={item}>{t(`tested.${item}`)}</li>
        ))}
      </ul>
      <p>{t("environment")}</p>
      <h2>{t("limitsTitle")}</h2>
      <ul className="list list--bullet">
        {LIMITS.map((item) => (
          <li key={item}>{t(`limits.${item}`)}</li>
        ))}
      </ul>
      <h2>{t("reportTitle")}</h2>
      <p>{t("report")}</p>
      <p className="long-address">
        {t("writeTo")} <a href={`mailto:${accessibilityContact}`}>{accessibilityContact}</a>
      </p>
      <h2>{t("remedyTitle")}</h2>
      <p>{t("remedy")}</p>
      <ul className="list list--bullet">
        <li>
          <a href={defenderUrl}>{t("remedyForm")}</a>
        </li>
        <li>
          <a href={delegatesUrl}>{t("remedyDelegate")}</a>
        </li>
        <li>{t("remedyPost")}</li>
      </ul>
      <p className="hint">{t("established", { date })}</p>
    </>
  );
}
