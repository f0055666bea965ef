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
import esCommon from "@/locales/es/common.json";
import esErrors from "@/locales/es/errors.json";
import esGlossary from "@/locales/es/glossary.json";
import esGuidance from "@/locales/es/guidance.json";
import esQuestionnaire from "@/locales/es/questionnaire.json";
import frCommon from "@/locales/fr/common.json";
import frErrors from "@/locales/fr/errors.json";
import frGlossary from "@/locales/fr/glossary.json";
import frGuidance from "@/locales/fr/guidance.json";
import frQuestionnaire from "@/locales/fr/questionnaire.json";
import ptCommon from "@/locales/pt/common.json";
import ptErrors from "@/locales/pt/errors.json";
import ptGlossary from "@/locales/pt/glossary.json";
import ptGuidance from "@/locales/pt/guidance.json";
import ptQuestionnaire from "@/locales/pt/questionnaire.json";
import roCommon from "@/locales/ro/common.json";
import roErrors from "@/locales/ro/errors.json";
import roGlossary from "@/locales/ro/glossary.json";
import roGuidance from "@/locales/ro/guidance.json";
import roQuestionnaire from "@/locales/ro/questionnaire.json";
import trCommon from "@/locales/tr/common.json";
import trErrors from "@/locales/tr/errors.json";
import trGlossary from "@/locales/tr/glossary.json";
import trGuidance from "@/locales/tr/guidance.json";
import trQuestionnaire from "@/locales/tr/questionnaire.json";
import ukCommon from "@/locales/uk/common.json";
import ukErrors from "@/locales/uk/errors.json";
import ukGlossary from "@/locales/uk/glossary.json";
import ukGuidance from "@/locales/uk/guidance.json";
import ukQuestionnaire from "@/locales/uk/questionnaire.json";
import type { Locale, Namespace } from "./settings";

export type LocaleResources = Record<Namespace, Record<string, unknown>>;

export const resources: Record<Locale, LocaleResources> = {
  fr: { common: frCommon, questionnaire: frQuestionnaire, errors: frErrors, guidance: frGuidance, glossary: frGlossary },
  en: { common: enCommon, questionnaire: enQuestionnaire, errors: enErrors, guidance: enGuidance, glossary: enGlossary },
  ar: { common: arCommon, questionnaire: arQuestionnaire, errors: arErrors, guidance: arGuidance, glossary: arGlossary },
  uk: { common: ukCommon, questionnaire: ukQuestionnaire, errors: ukErrors, guidance: ukGuidance, glossary: ukGlossary },
  es: { common: esCommon, questionnaire: esQuestionnaire, errors: esErrors, guidance: esGuidance, glossary: esGlossary },
  pt: { common: ptCommon, questionnaire: ptQuestionnaire, errors: ptErrors, guidance: ptGuidance, glossary: ptGlossary },
  ro: { common: roCommon, questionnaire: roQuestionnaire, errors: roErrors, guidance: roGuidance, glossary: roGlossary },
  tr: { common: trCommon, questionnaire: trQuestionnaire, errors: trErrors, guidance: trGuidance, glossary: trGlossary },
};
