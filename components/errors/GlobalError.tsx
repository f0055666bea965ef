"use client";
// The last resort, when the frame of every page (the language's root layout) fails: a whole document in the
// person's language with "Try again" and a way back to the start. The translations providers went down with the
// layout, so this loads only its own language's error texts, on demand: nothing extra on pages that work.
import { useEffect, useState, useSyncExternalStore } from "react";
import { CrashMessage } from "./CrashMessage";
import { defaultLocale, dirOf, isLocale, negotiateLocale, type Locale } from "@/lib/i18n/settings";

type Texts = Record<string, unknown>;

const load: Record<Locale, () => Promise<{ default: Texts }>> = {
  fr: () => import("@/locales/fr/errors.json"),
  en: () => import("@/locales/en/errors.json"),
  ar: () => import("@/locales/ar/errors.json"),
  uk: () => import("@/locales/uk/errors.json"),
  es: () => import("@/locales/es/errors.json"),
  pt: () => import("@/locales/pt/errors.json"),
  ro: () => import("@/locales/ro/errors.json"),
  tr: () => import("@/locales/tr/errors.json"),
};

/** The page's language from its address, else the browser's best match (the same rule as the proxy's redirect). */
function pageLocale(): Locale {
  const first = window.location.pathname.split("/")[1] ?? "";
  return isLocale(first) ? first : negotiateLocale(navigator.languages.join(","));
}

const neverChanges = () => () => undefined;

function lookup(texts: Texts, key: string): string {
  const found = key.split(".").reduce<unknown>((node, part) => (node as Texts | undefined)?.[part], texts);
  return typeof found === "string" ? found : "";
}

export function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  const lang = useSyncExternalStore(neverChanges, pageLocale, () => defaultLocale);
  const [loaded, setLoaded] = useState<{ lang: Locale; texts: Texts } | null>(null);

  useEffect(() => {
    let live = true;
    // French when the language's texts cannot be had (offline, and not yet on the device).
    load[lang]()
      .catch(() => load[defaultLocale]())
      .then(
        (module) => live && setLoaded({ lang, texts: module.default }),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [lang]);

  const t = (key: string) => (loaded ? lookup(loaded.texts, key) : "");
  return (
    <html lang={loaded?.lang ?? lang} dir={dirOf(loaded?.lang ?? lang)}>
      <body>
        {loaded && <title>{t("crash.title")}</title>}
        <main id="main" className="page">
          {loaded && <CrashMessage t={t} home={`/${lang}`} retry={retry} />}
        </main>
      </body>
    </html>
  );
}
