"use client";
import bundle from "@/lib/i18n/bundles/fr";
import { makeI18nProvider } from "./I18nProvider";

export const I18nFr = makeI18nProvider("fr", bundle);
