// Builds a synchronous i18next instance from resources already in memory, for the server and the browser alike.
import { createInstance, type i18n } from "i18next";
import { FRENCH_MARKS, frenchMarksProcessor } from "./frenchTerms";
import { pseudoBundle, pseudoLocaleEnabled } from "./pseudo";
import type { PageTexts } from "./resources";
import { namespaces } from "./settings";

export function createI18n(lang: string, bundle: PageTexts): i18n {
  const instance = createInstance().use(frenchMarksProcessor);
  // initAsync false: resources are in memory, so the first render is already translated (no flash, works offline);
  // the promise it also returns has nothing left to wait for.
  void instance.init({
    lng: lang,
    fallbackLng: false,
    ns: [...namespaces],
    defaultNS: "common",
    resources: { [lang]: pseudoLocaleEnabled() ? pseudoBundle(bundle) : bundle },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    postProcess: [FRENCH_MARKS],
  });
  return instance;
}
