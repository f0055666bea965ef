"use client";
import bundle from "@/lib/i18n/bundles/uk";
import { makeI18nProvider } from "./I18nProvider";

export const I18nUk = makeI18nProvider("uk", bundle);
