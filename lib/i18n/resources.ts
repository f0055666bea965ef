// Every translation, imported statically so pages render on the server and work offline without fetching: each
// language's page texts (bundles/), the texts the browser loads apart (laterTexts.ts), and those only the server
// draws (the privacy notice, the accessibility statement, the counsellor's recap).
import ar from "./bundles/ar";
import en from "./bundles/en";
import es from "./bundles/es";
import fr from "./bundles/fr";
import pt from "./bundles/pt";
import ro from "./bundles/ro";
import tr from "./bundles/tr";
import uk from "./bundles/uk";
import arAccessibility from "@/locales/ar/accessibility.json";
import arGuidance from "@/locales/ar/guidance.json";
import arPrivacy from "@/locales/ar/privacy.json";
import arRecap from "@/locales/ar/recap.json";
import arStaff from "@/locales/ar/staff.json";
import enAccessibility from "@/locales/en/accessibility.json";
import enGuidance from "@/locales/en/guidance.json";
import enPrivacy from "@/locales/en/privacy.json";
import enRecap from "@/locales/en/recap.json";
import enStaff from "@/locales/en/staff.json";
import esAccessibility from "@/locales/es/accessibility.json";
import esGuidance from "@/locales/es/guidance.json";
import esPrivacy from "@/locales/es/privacy.json";
import esRecap from "@/locales/es/recap.json";
import esStaff from "@/locales/es/staff.json";
import frAccessibility from "@/locales/fr/accessibility.json";
import frGuidance from "@/locales/fr/guidance.json";
import frPrivacy from "@/locales/fr/privacy.json";
import frRecap from "@/locales/fr/recap.json";
import frStaff from "@/locales/fr/staff.json";
import ptAccessibility from "@/locales/pt/accessibility.json";
import ptGuidance from "@/locales/pt/guidance.json";
import ptPrivacy from "@/locales/pt/privacy.json";
import ptRecap from "@/locales/pt/recap.json";
import ptStaff from "@/locales/pt/staff.json";
import roAccessibility from "@/locales/ro/accessibility.json";
import roGuidance from "@/locales/ro/guidance.json";
import roPrivacy from "@/locales/ro/privacy.json";
import roRecap from "@/locales/ro/recap.json";
import roStaff from "@/locales/ro/staff.json";
import trAccessibility from "@/locales/tr/accessibility.json";
import trGuidance from "@/locales/tr/guidance.json";
import trPrivacy from "@/locales/tr/privacy.json";
import trRecap from "@/locales/tr/recap.json";
import trStaff from "@/locales/tr/staff.json";
import ukAccessibility from "@/locales/uk/accessibility.json";
import ukGuidance from "@/locales/uk/guidance.json";
import ukPrivacy from "@/locales/uk/privacy.json";
import ukRecap from "@/locales/uk/recap.json";
import ukStaff from "@/locales/uk/staff.json";
import type { LaterNamespace } from "./laterTexts";
import type { Locale, Namespace } from "./settings";

export type LocaleResources = Record<Namespace, Record<string, unknown>>;
/** Namespaces only server components read: the browser never downloads them. */
type ServerNamespace = "privacy" | "recap" | "accessibility";
/** What every page of a language may show: all its texts but those loaded apart and the server's own. */
export type PageTexts = Omit<LocaleResources, LaterNamespace | ServerNamespace>;

export const resources: Record<Locale, LocaleResources> = {
  fr: { ...fr, staff: frStaff, guidance: frGuidance, privacy: frPrivacy, recap: frRecap, accessibility: frAccessibility },
  en: { ...en, staff: enStaff, guidance: enGuidance, privacy: enPrivacy, recap: enRecap, accessibility: enAccessibility },
  ar: { ...ar, staff: arStaff, guidance: arGuidance, privacy: arPrivacy, recap: arRecap, accessibility: arAccessibility },
  uk: { ...uk, staff: ukStaff, guidance: ukGuidance, privacy: ukPrivacy, recap: ukRecap, accessibility: ukAccessibility },
  es: { ...es, staff: esStaff, guidance: esGuidance, privacy: esPrivacy, recap: esRecap, accessibility: esAccessibility },
  pt: { ...pt, staff: ptStaff, guidance: ptGuidance, privacy: ptPrivacy, recap: ptRecap, accessibility: ptAccessibility },
  ro: { ...ro, staff: roStaff, guidance: roGuidance, privacy: roPrivacy, recap: roRecap, accessibility: roAccessibility },
  tr: { ...tr, staff: trStaff, guidance: trGuidance, privacy: trPrivacy, recap: trRecap, accessibility: trAccessibility },
};
