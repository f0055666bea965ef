// The client translation provider of each language, for the root layout to pick.
import type { ComponentType, ReactNode } from "react";
import type { Locale } from "@/lib/i18n/settings";
import { I18nAr } from "./Ar";
import { I18nEn } from "./En";
import { I18nFr } from "./Fr";

export const i18nProviders: Record<Locale, ComponentType<{ children: ReactNode }>> = { fr: I18nFr, en: I18nEn, ar: I18nAr };
