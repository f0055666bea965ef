"use client";
import common from "@/locales/fr/common.json";
import errors from "@/locales/fr/errors.json";
import glossary from "@/locales/fr/glossary.json";
import guidance from "@/locales/fr/guidance.json";
import questionnaire from "@/locales/fr/questionnaire.json";
import { makeI18nProvider } from "./I18nProvider";

export const I18nFr = makeI18nProvider("fr", { common, errors, glossary, guidance, questionnaire });
