"use client";
// While a form shows errors, the page title starts with "Erreur :", the first thing a screen reader announces.
import { useEffect } from "react";
import { useTranslation } from "react-i18next";

export function useErrorTitle(failed: boolean) {
  const { t } = useTranslation();
  useEffect(() => {
    if (!failed) return;
    const original = document.title;
    document.title = `${t("errorTitlePrefix")} ${original}`;
    return () => {
      document.title = original;
    };
  }, [failed, t]);
}
