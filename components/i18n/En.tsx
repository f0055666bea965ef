"use client";
import bundle from "@/lib/i18n/bundles/en";
import { makeI18nProvider } from "./I18nProvider";

export const I18nEn = makeI18nProvider("en", bundle);
