"use client";
// One language control in the header, a native disclosure: closed, it takes one line (a globe and the current
// language), so the question and Continue keep the screen; open, it lists the same page in every other language.
// Its name says "language" in every language (`words`, made by the server from each language's texts), so a
// person who cannot read the current one still finds it. Answers live on the device: nothing is lost by switching.
import { usePathname } from "next/navigation";
import { useTranslation } from "@/components/i18n/useTranslation";
import { locales } from "@/lib/i18n/settings";

/** "Language" in each language, with its own `lang` so each word is spoken with the right voice. */
export type LanguageWords = Array<{ lang: string; word: string }>;

export function LanguageSwitch({ words }: { words: LanguageWords }) {
  const { t, i18n } = useTranslation();
  const pathname = usePathname() ?? `/${i18n.language}`;
  const rest = pathname.split("/").slice(2).join("/");
  return (
    <nav className="language-switch" aria-label={t("languageSwitch.label")}>
      <details>
        <summary>
          <svg className="language-switch__globe" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
            <circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" strokeWidth="2" />
            <path d="M2.5 12h19M12 2.5c3 3.2 3 15.8 0 19M12 2.5c-3 3.2-3 15.8 0 19" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
          <span lang={i18n.language}>{t(`languages.${i18n.language}`)}</span>
          <span className="visually-hidden">
            {words.map(({ lang, word }) => (
              <span key={lang} lang={lang}>
                {` · ${word}`}
              </span>
            ))}
          </span>
        </summary>
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
      </details>
    </nav>
  );
}
