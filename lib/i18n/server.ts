// Server-side translation: one translator per request and language.
import "server-only";
import { cache } from "react";
import { createI18n } from "./instance";
import { resources } from "./resources";
import type { Locale } from "./settings";

export const getI18n = cache((lang: Locale) => createI18n(lang, resources[lang]));

export function getT(lang: Locale) {
  return getI18n(lang).t;
}
