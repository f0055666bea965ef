"use client";
// `useTranslation` for a namespace the language's bundle leaves out (lib/i18n/laterTexts.ts): the first screen
// that needs it loads it (suspending until it is there, the server's HTML staying on screen meanwhile) and adds it
// to the page's translator; later screens find it there.
import { use } from "react";
import { useTranslation } from "./useTranslation";
import { laterTexts, type LaterNamespace } from "@/lib/i18n/laterTexts";
import { pseudoBundle, pseudoLocaleEnabled } from "@/lib/i18n/pseudo";
import { isLocale, type Locale } from "@/lib/i18n/settings";

type Texts = Record<string, unknown>;

// One promise per language and namespace for the life of the page: `use` must see the same promise each render.
const loading = new Map<string, Promise<Texts>>();

function textsOf(lang: Locale, ns: LaterNamespace): Promise<Texts> {
  const key = `${lang}/${ns}`;
  let promise = loading.get(key);
  if (!promise) {
    promise = laterTexts[ns][lang]().then((module) => module.default);
    // A failed load (offline before the chunk was cached) is tried again on the next render, not kept.
    promise.catch(() => loading.delete(key));
    loading.set(key, promise);
  }
  return promise;
}

export function useLaterTexts(ns: LaterNamespace) {
  const translation = useTranslation(ns);
  const { i18n } = translation;
  const lang = i18n.language;
  if (isLocale(lang) && !i18n.hasResourceBundle(lang, ns)) {
    const texts = use(textsOf(lang, ns));
    // Idempotent: a render that React throws away adds the same texts again, to the same instance.
    if (!i18n.hasResourceBundle(lang, ns)) i18n.addResourceBundle(lang, ns, pseudoLocaleEnabled() ? pseudoBundle(texts) : texts);
  }
  return translation;
}
