"use client";
import bundle from "@/lib/i18n/bundles/ro";
import { makeI18nProvider } from "./I18nProvider";

export const I18nRo = makeI18nProvider("ro", bundle);
