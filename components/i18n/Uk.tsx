"use client";
import common from "@/locales/uk/common.json";
import errors from "@/locales/uk/errors.json";
import glossary from "@/locales/uk/glossary.json";
import guidance from "@/locales/uk/guidance.json";
import questionnaire from "@/locales/uk/questionnaire.json";
import { makeI18nProvider } from "./I18nProvider";

export const I18nUk = makeI18nProvider("uk", { common, errors, glossary, guidance, questionnaire });
