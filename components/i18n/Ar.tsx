"use client";
import common from "@/locales/ar/common.json";
import errors from "@/locales/ar/errors.json";
import glossary from "@/locales/ar/glossary.json";
import guidance from "@/locales/ar/guidance.json";
import questionnaire from "@/locales/ar/questionnaire.json";
import { makeI18nProvider } from "./I18nProvider";

export const I18nAr = makeI18nProvider("ar", { common, errors, glossary, guidance, questionnaire });
