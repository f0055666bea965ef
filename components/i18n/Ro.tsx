"use client";
import common from "@/locales/ro/common.json";
import errors from "@/locales/ro/errors.json";
import glossary from "@/locales/ro/glossary.json";
import guidance from "@/locales/ro/guidance.json";
import questionnaire from "@/locales/ro/questionnaire.json";
import { makeI18nProvider } from "./I18nProvider";

export const I18nRo = makeI18nProvider("ro", { common, errors, glossary, guidance, questionnaire });
