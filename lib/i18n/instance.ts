// Builds a synchronous i18next instance from resources already in memory, for the server and the browser alike.
import { createInstance, type i18n } from "i18next";
import { pseudoBundle, pseudoLocaleEnabled } from "./pseudo";
import type { LocaleResources } from "./resources";
import { namespaces } from "./settings";

export function createI18n(lang: string, bundle: LocaleResources): i18n {
  const instance = createInstance();
  // initAsync false: resources are in memory, so the first render is already translated (no flash, works offline).
  void instance.init({
    lng: lang,
    fallbackLng: false,
    ns: [...namespaces],
    defaultNS: "common",
    resources: { [lang]: pseudoLocaleEnabled() ? pseudoBundle(bundle) : bundle },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
