"use client";
// The page's translator for client components: `const { t, i18n } = useTranslation("errors")`, as react-i18next
// spells it. `t` reads the namespace given (or `common`) unless its key names another ("questionnaire:…").
import { createContext, useContext, useMemo } from "react";
import type { Translate, Translator } from "@/lib/i18n/translator";

export const TranslatorContext = createContext<Translator | null>(null);

export function useTranslation(ns?: string): { t: Translate; i18n: Translator } {
  const i18n = useContext(TranslatorContext);
  if (!i18n) throw new Error("useTranslation outside the language's layout (components/i18n/I18nProvider.tsx)");
  const t = useMemo(() => i18n.getFixedT(i18n.language, ns), [i18n, ns]);
  return { t, i18n };
}
