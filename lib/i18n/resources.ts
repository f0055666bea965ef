// Every translation, imported statically so pages render on the server and work offline without fetching.
import ar from "./bundles/ar";
import en from "./bundles/en";
import es from "./bundles/es";
import fr from "./bundles/fr";
import pt from "./bundles/pt";
import ro from "./bundles/ro";
import tr from "./bundles/tr";
import uk from "./bundles/uk";
import type { Locale, Namespace } from "./settings";

export type LocaleResources = Record<Namespace, Record<string, unknown>>;

export const resources: Record<Locale, LocaleResources> = { fr, en, ar, uk, es, pt, ro, tr };
