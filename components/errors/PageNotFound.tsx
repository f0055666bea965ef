"use client";
// "This page does not exist" inside a language's layout (not-found pages get no params: the language comes from the
// provider above).
import { useTranslation } from "@/components/i18n/useTranslation";
import { NotFoundContent } from "./NotFoundContent";

export function PageNotFound() {
  const { t, i18n } = useTranslation("errors");
  return <NotFoundContent t={t} lang={i18n.language} />;
}
