"use client";
import bundle from "@/lib/i18n/bundles/es";
import { makeI18nProvider } from "./I18nProvider";

export const I18nEs = makeI18nProvider("es", bundle);
