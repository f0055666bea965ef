"use client";
// Gives client components the same translations the server rendered with, without fetching anything.
import { useMemo, type ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { createI18n } from "@/lib/i18n/instance";
import type { LocaleResources } from "@/lib/i18n/resources";

export function I18nProvider({ lang, bundle, children }: { lang: string; bundle: LocaleResources; children: ReactNode }) {
  const i18n = useMemo(() => createI18n(lang, bundle), [lang, bundle]);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}
