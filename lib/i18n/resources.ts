// Every translation, imported statically so pages render on the server and work offline without fetching: each
// language's page texts (bundles/) and the texts the browser loads apart (laterTexts.ts).
import ar from "./bundles/ar";
import en from "./bundles/en";
import es from "./bundles/es";
import fr from "./bundles/fr";
import pt from "./bundles/pt";
import ro from "./bundles/ro";
import tr from "./bundles/tr";
import uk from "./bundles/uk";
import arGuidance from "@/locales/ar/guidance.json";
import arStaff from "@/locales/ar/staff.json";
import enGuidance from "@/locales/en/guidance.json";
import enStaff from "@/locales/en/staff.json";
import esGuidance from "@/locales/es/guidance.json";
import esStaff from "@/locales/es/staff.json";
import frGuidance from "@/locales/fr/guidance.json";
import frStaff from "@/locales/fr/staff.json";
import ptGuidance from "@/locales/pt/guidance.json";
import ptStaff from "@/locales/pt/staff.json";
import roGuidance from "@/locales/ro/guidance.json";
import roStaff from "@/locales/ro/staff.json";
import trGuidance from "@/locales/tr/guidance.json";
import trStaff from "@/locales/tr/staff.json";
import ukGuidance from "@/locales/uk/guidance.json";
import ukStaff from "@/locales/uk/staff.json";
import type { LaterNamespace } from "./laterTexts";
import type { Locale, Namespace } from "./settings";

export type LocaleResources = Record<Namespace, Record<string, unknown>>;
/** What every page of a language may show: all its texts but those loaded apart. */
export type PageTexts = Omit<LocaleResources, LaterNamespace>;

export const resources: Record<Locale, LocaleResources> = {
  fr: { ...fr, staff: frStaff, guidance: frGuidance },
  en: { ...en, staff: enStaff, guidance: enGuidance },
  ar: { ...ar, staff: arStaff, guidance: arGuidance },
  uk: { ...uk, staff: ukStaff, guidance: ukGuidance },
  es: { ...es, staff: esStaff, guidance: esGuidance },
  pt: { ...pt, staff: ptStaff, guidance: ptGuidance },
  ro: { ...ro, staff: roStaff, guidance: roGuidance },
  tr: { ...tr, staff: trStaff, guidance: trGuidance },
};
