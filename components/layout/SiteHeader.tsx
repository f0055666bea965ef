"use client";
// The banner on every page: the service name and the language switch.
import { useTranslation } from "@/components/i18n/useTranslation";
import { GetHelpLink } from "./GetHelpLink";
import { LanguageSwitch, type LanguageWords } from "./LanguageSwitch";

export function SiteHeader({ languageWords }: { languageWords: LanguageWords }) {
  const { t, i18n } = useTranslation();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a className="site-header__name" href={`/${i18n.language}`}>
          {t("appName")}
        </a>
        <GetHelpLink />
        <LanguageSwitch words={languageWords} />
      </div>
    </header>
  );
}
