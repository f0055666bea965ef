// Dates and language names on agency pages, in the staff member's language (French time: the agencies are in France).
export function formatDateTime(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Paris" }).format(new Date(iso));
}

export function formatDate(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "Europe/Paris" }).format(new Date(iso));
}

/** "arabe" for a French reader, "Arabic" for an English one. */
export function languageName(code: string, lang: string): string {
  return new Intl.DisplayNames([lang], { type: "language" }).of(code) ?? code;
}
