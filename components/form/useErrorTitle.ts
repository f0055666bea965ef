"use client";
// While a form shows errors, the page title starts with "Erreur :", the first thing a screen reader announces.
// Shared by the error summary and the forms that set their own title, so the prefix is added once, never twice,
// and taken off whatever the title became in between.
import { useEffect } from "react";
import { useTranslation } from "@/components/i18n/useTranslation";

export function useErrorTitle(failed: boolean) {
  const { t } = useTranslation();
  const prefix = `${t("errorTitlePrefix")} `;
  useEffect(() => {
    if (!failed) return;
    const mark = () => {
      if (!document.title.startsWith(prefix)) document.title = `${prefix}${document.title}`;
    };
    mark();
    // Next sets the page's title from its metadata once that arrives, which can be after a quick first attempt:
    // the prefix goes back on whenever the title changes while the errors show.
    const observer = new MutationObserver(mark);
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => {
      observer.disconnect();
      if (document.title.startsWith(prefix)) document.title = document.title.slice(prefix.length);
    };
  }, [failed, prefix]);
}
