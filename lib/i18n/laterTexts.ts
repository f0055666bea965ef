// Texts only some screens show, kept out of the language's bundle every page loads (lib/i18n/bundles/): the
// staff's screens, and the guidance a helper reads. One chunk per language and namespace, loaded by the screen
// that needs it (components/i18n/useLaterTexts.ts); the server has them all (resources.ts).
import type { Locale } from "./settings";

export type LaterNamespace = "staff" | "guidance";

type Texts = Record<string, unknown>;

// Literal paths, so the bundler makes one chunk of each file and nothing more.
export const laterTexts: Record<LaterNamespace, Record<Locale, () => Promise<{ default: Texts }>>> = {
  staff: {
    fr: () => import("@/locales/fr/staff.json"),
    en: () => import("@/locales/en/staff.json"),
    ar: () => import("@/locales/ar/staff.json"),
    uk: () => import("@/locales/uk/staff.json"),
    es: () => import("@/locales/es/staff.json"),
    pt: () => import("@/locales/pt/staff.json"),
    ro: () => import("@/locales/ro/staff.json"),
    tr: () => import("@/locales/tr/staff.json"),
  },
  guidance: {
    fr: () => import("@/locales/fr/guidance.json"),
    en: () => import("@/locales/en/guidance.json"),
    ar: () => import("@/locales/ar/guidance.json"),
    uk: () => import("@/locales/uk/guidance.json"),
    es: () => import("@/locales/es/guidance.json"),
    pt: () => import("@/locales/pt/guidance.json"),
    ro: () => import("@/locales/ro/guidance.json"),
    tr: () => import("@/locales/tr/guidance.json"),
  },
};
