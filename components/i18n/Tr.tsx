"use client";
import common from "@/locales/tr/common.json";
import errors from "@/locales/tr/errors.json";
import glossary from "@/locales/tr/glossary.json";
import guidance from "@/locales/tr/guidance.json";
import questionnaire from "@/locales/tr/questionnaire.json";
import { makeI18nProvider } from "./I18nProvider";

export const I18nTr = makeI18nProvider("tr", { common, errors, glossary, guidance, questionnaire });
