// Every translation, imported statically so pages render on the server and work offline without fetching.
import arCommon from "@/locales/ar/common.json";
import arErrors from "@/locales/ar/errors.json";
import arGlossary from "@/locales/ar/glossary.json";
import arGuidance from "@/locales/ar/guidance.json";
import arQuestionnaire from "@/locales/ar/questionnaire.json";
import enCommon from "@/locales/en/common.json";
import enErrors from "@/locales/en/errors.json";
import enGlossary from "@/locales/en/glossary.json";
import enGuidance from "@/locales/en/guidance.json";
import enQuestionnaire from "@/locales/en/questionnaire.json";
import frCommon from "@/locales/fr/common.json";
import frErrors from "@/locales/fr/errors.json";
import frGlossary from "@/locales/fr/glossary.json";
import frGuidance from "@/locales/fr/guidance.json";
import frQuestionnaire from "@/locales/fr/questionnaire.json";
import type { Locale, Namespace } from "./settings";

export type LocaleResources = Record<Namespace, Record<string, unknown>>;

export const resources: Record<Locale, LocaleResources> = {
  fr: { common: frCommon, questionnaire: frQuestionnaire, errors: frErrors, guidance: frGuidance, glossary: frGlossary },
  en: { common: enCommon, questionnaire: enQuestionnaire, errors: enErrors, guidance: enGuidance, glossary: enGlossary },
  ar: { common: arCommon, questionnaire: arQuestionnaire, errors: arErrors, guidance: arGuidance, glossary: arGlossary },
};
