"use client";
import bundle from "@/lib/i18n/bundles/ar";
import { makeI18nProvider } from "./I18nProvider";

export const I18nAr = makeI18nProvider("ar", bundle);
