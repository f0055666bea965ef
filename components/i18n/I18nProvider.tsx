"use client";
// Gives client components the same translations the server rendered with, without fetching anything.
// Each language is its own module (below), so a page ships only its language, in a script chunk the
// browser caches once, instead of inside every page's HTML.
import "@/lib/zodInBrowser";
import { useMemo, type ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { createI18n } from "@/lib/i18n/instance";
import type { LocaleResources } from "@/lib/i18n/resources";

export function makeI18nProvider(lang: string, bundle: LocaleResources) {
  return function LanguageProvider({ children }: { children: ReactNode }) {
    const i18n = useMemo(() => createI18n(lang, bundle), []);
    return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
  };
}
