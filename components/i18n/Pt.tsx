"use client";
import bundle from "@/lib/i18n/bundles/pt";
import { makeI18nProvider } from "./I18nProvider";

export const I18nPt = makeI18nProvider("pt", bundle);
