"use client";
// Links to the same page in every other language; answers live on the device, so nothing is lost by switching.
import { usePathname } from "next/navigation";
import { useTranslation } from "react-i18next";
import { locales } from "@/lib/i18n/settings";

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const pathname = usePathname() ?? `/${i18n.language}`;
  const rest = pathname.split("/").slice(2).join("/");
  return (
    <nav className="language-switch" aria-label={t("languageSwitch.label")}>
      <ul>
        {locales.map((lang) => (
          <li key={lang}>
            {lang === i18n.language ? (
              <span aria-current="true" lang={lang}>
                {t(`languages.${lang}`)}
              </span>
            ) : (
              // A full page load on purpose: each language has its own root layout (lang and dir on <html>).
              <a href={`/${lang}${rest ? `/${rest}` : ""}`} lang={lang} hrefLang={lang}>
                {t(`languages.${lang}`)}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
