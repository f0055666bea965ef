"use client";
import bundle from "@/lib/i18n/bundles/tr";
import { makeI18nProvider } from "./I18nProvider";

export const I18nTr = makeI18nProvider("tr", bundle);
