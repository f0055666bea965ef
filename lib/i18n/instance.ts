// Builds a synchronous translator from texts already in memory, for the server and the browser alike: the first
// render is already translated (no flash, works offline).
import { pseudoBundle, pseudoLocaleEnabled } from "./pseudo";
import type { PageTexts } from "./resources";
import { createTranslator, type Translator } from "./translator";

export function createI18n(lang: string, bundle: PageTexts): Translator {
  return createTranslator(lang, pseudoLocaleEnabled() ? pseudoBundle(bundle) : bundle);
}
