// The client translation provider of each language, for the root layout to pick.
import type { ComponentType, ReactNode } from "react";
import type { Locale } from "@/lib/i18n/settings";
import { I18nAr } from "./Ar";
import { I18nEn } from "./En";
import { I18nEs } from "./Es";
import { I18nFr } from "./Fr";
import { I18nPt } from "./Pt";
import { I18nRo } from "./Ro";
import { I18nTr } from "./Tr";
import { I18nUk } from "./Uk";

export const i18nProviders: Record<Locale, ComponentType<{ children: ReactNode }>> = {
  fr: I18nFr,
  en: I18nEn,
  ar: I18nAr,
  uk: I18nUk,
  es: I18nEs,
  pt: I18nPt,
  ro: I18nRo,
  tr: I18nTr,
};
