"use client";
// A page that failed while showing (a bug, a browser that refuses something): said plainly in the person's language,
// inside the usual header and footer, with "Try again" and a way back to the start.
import { useEffect, useRef } from "react";
import { useTranslation } from "@/components/i18n/useTranslation";
import { CrashMessage } from "./CrashMessage";

export function PageError({ retry }: { error: unknown; retry: () => void }) {
  const { t, i18n } = useTranslation("errors");
  const heading = useRef<HTMLHeadingElement>(null);
  const title = t("pageTitle", { ns: "common", title: t("crash.title") });

  // The page's content changed under the person: screen readers start again from the heading, and the title says it.
  useEffect(() => {
    heading.current?.focus();
    const original = document.title;
    const keep = () => {
      if (document.title !== title) document.title = title;
    };
    keep();
    // Next writes the page's title from its metadata once that arrives, which can be after this: the page that
    // failed must not name itself again (the same watch as useErrorTitle's).
    const observer = new MutationObserver(keep);
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => {
      observer.disconnect();
      document.title = original;
    };
  }, [title]);

  return <CrashMessage t={(key) => t(key)} home={`/${i18n.language}`} retry={retry} headingRef={heading} />;
}
