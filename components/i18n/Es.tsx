"use client";
import common from "@/locales/es/common.json";
import errors from "@/locales/es/errors.json";
import glossary from "@/locales/es/glossary.json";
import guidance from "@/locales/es/guidance.json";
import questionnaire from "@/locales/es/questionnaire.json";
import { makeI18nProvider } from "./I18nProvider";

export const I18nEs = makeI18nProvider("es", { common, errors, glossary, guidance, questionnaire });
