// What every part of the recap needs to speak: the counsellor's texts, and the person's language for their words.
import "server-only";
import type { Translate } from "@/lib/i18n/translator";
import { getI18n } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";

export interface RecapContext {
  /** The counsellor's language: every label and date. */
  lang: Locale;
  t: Translate;
  tq: Translate;
  tc: Translate;
  /** The language the person filled the file in: their own words are marked with it. */
  personLang: string;
  personLanguageName: string;
}

export function recapContext(lang: Locale, personLang: string): RecapContext {
  const i18n = getI18n(lang);
  let personLanguageName = personLang;
  try {
    personLanguageName = new Intl.DisplayNames([lang], { type: "language" }).of(personLang) ?? personLang;
  } catch {
    // An unknown tag in an old file: its code is still a name a counsellor can look up.
  }
  return {
    lang,
    t: i18n.getFixedT(lang, "recap"),
    tq: i18n.getFixedT(lang, "questionnaire"),
    tc: i18n.getFixedT(lang, "common"),
    personLang,
    personLanguageName,
  };
}

/** Latin digits in every language, as on the French papers the counsellor works with; the agencies are in France. */
export function formatSentAt(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(`${lang}-u-nu-latn`, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" }).format(new Date(iso));
}
