"use client";
import common from "@/locales/pt/common.json";
import errors from "@/locales/pt/errors.json";
import glossary from "@/locales/pt/glossary.json";
import guidance from "@/locales/pt/guidance.json";
import questionnaire from "@/locales/pt/questionnaire.json";
import { makeI18nProvider } from "./I18nProvider";

export const I18nPt = makeI18nProvider("pt", { common, errors, glossary, guidance, questionnaire });
