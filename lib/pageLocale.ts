// The language of a page rendered without a [lang] param (the not-found page for an address that matches no route):
// the proxy passes the address's first segment in a request header, and the browser's best match stands in when
// that is no language (a public file's address, or a request that skipped the proxy).
import { isLocale, negotiateLocale, type Locale } from "@/lib/i18n/settings";

export const PAGE_LOCALE_HEADER = "x-relais-locale";

export function pageLocaleFrom(headers: { get(name: string): string | null }): Locale {
  const fromPath = headers.get(PAGE_LOCALE_HEADER) ?? "";
  return isLocale(fromPath) ? fromPath : negotiateLocale(headers.get("accept-language"));
}
