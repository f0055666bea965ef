"use client";
// Gives client components the same translations the server rendered with. Each language's texts are their own
// script chunk, loaded by `import()` for the page's language only: a page never downloads the other seven. The
// chunk is fetched while the page hydrates; until it is there the server's HTML stays on screen (React keeps a
// suspended root as rendered), so nothing flashes, and the browser caches it once for every page.
import "@/lib/zodInBrowser";
import { use, useMemo, type ReactNode } from "react";
import { createI18n } from "@/lib/i18n/instance";
import type { PageTexts } from "@/lib/i18n/resources";
import type { Locale } from "@/lib/i18n/settings";
import { TranslatorContext } from "./useTranslation";

// Literal paths, one per language, so the bundler makes one chunk each (a template string would too, but would
// also pull in anything else the folder holds).
const loaders: Record<Locale, () => Promise<{ default: PageTexts }>> = {
  fr: () => import("@/lib/i18n/bundles/fr"),
  en: () => import("@/lib/i18n/bundles/en"),
  ar: () => import("@/lib/i18n/bundles/ar"),
  uk: () => import("@/lib/i18n/bundles/uk"),
  es: () => import("@/lib/i18n/bundles/es"),
  pt: () => import("@/lib/i18n/bundles/pt"),
  ro: () => import("@/lib/i18n/bundles/ro"),
  tr: () => import("@/lib/i18n/bundles/tr"),
};

// One promise per language for the life of the page: `use` must see the same promise on every render.
const loading = new Map<Locale, Promise<PageTexts>>();

function bundleOf(lang: Locale): Promise<PageTexts> {
  let promise = loading.get(lang);
  if (!promise) {
    promise = loaders[lang]().then((module) => module.default);
    // A failed load (offline before the chunk was cached) is tried again on the next render, not kept.
    promise.catch(() => loading.delete(lang));
    loading.set(lang, promise);
  }
  return promise;
}

export function I18nProvider({ lang, children }: { lang: Locale; children: ReactNode }) {
  const bundle = use(bundleOf(lang));
  const i18n = useMemo(() => createI18n(lang, bundle), [lang, bundle]);
  return <TranslatorContext value={i18n}>{children}</TranslatorContext>;
}
