"use client";
import common from "@/locales/en/common.json";
import errors from "@/locales/en/errors.json";
import glossary from "@/locales/en/glossary.json";
import guidance from "@/locales/en/guidance.json";
import questionnaire from "@/locales/en/questionnaire.json";
import { makeI18nProvider } from "./I18nProvider";

export const I18nEn = makeI18nProvider("en", { common, errors, glossary, guidance, questionnaire });
