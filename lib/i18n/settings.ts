// Which languages Relais speaks, which is the source, and which are written right to left.
export const locales = ["fr", "en", "ar", "uk", "es", "pt", "ro", "tr"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "fr";
export const namespaces = ["common", "questionnaire", "errors", "guidance", "glossary", "staff", "recap", "privacy", "accessibility"] as const;
export type Namespace = (typeof namespaces)[number];

const rightToLeft: ReadonlySet<string> = new Set(["ar"]);

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

export function dirOf(locale: string): "rtl" | "ltr" {
  return rightToLeft.has(locale) ? "rtl" : "ltr";
}

/** The best supported language for an Accept-Language header, honouring q-values. */
export function negotiateLocale(acceptLanguage: string | null): Locale {
  if (!acceptLanguage) return defaultLocale;
  const ranked = acceptLanguage
    .split(",")
    .map((part, order) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { base: tag.toLowerCase().split("-")[0] ?? "", q: q ? Number(q.slice(2)) : 1, order };
    })
    .filter((entry) => entry.q > 0 && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return ranked.map((entry) => entry.base).find(isLocale) ?? defaultLocale;
}
