// Facts the privacy notice states and the purge applies: how long each kind of data is kept, and whom to write to.
// The notice is prerendered, so these are read when the app is built: build with the same environment it runs with,
// or the notice and the purge disagree. Only server code reads them (the browser has no such environment).

/** Days each kind of data is kept. */
export interface RetentionDays {
  /** A draft nobody changed for this long is deleted, with its answer history and help sessions. */
  draftIdle: number;
  /** A sent file (every version, and who read or exported it) is deleted this long after it was sent. */
  sentFile: number;
  /** Failed-attempt counters and rate-limit rows. */
  counters: number;
  /** A help session, once ended. */
  helpSession: number;
}

export const DEFAULT_RETENTION_DAYS: Readonly<RetentionDays> = Object.freeze({ draftIdle: 30, sentFile: 90, counters: 1, helpSession: 1 });
export const DEFAULT_PRIVACY_CONTACT = "dpo@relais.example";

/** A century: more is a typo, and would overflow the database's date arithmetic. */
const MAX_DAYS = 36_500;

const VARIABLES: Record<keyof RetentionDays, string> = {
  draftIdle: "RELAIS_RETAIN_DRAFT_DAYS",
  sentFile: "RELAIS_RETAIN_SENT_DAYS",
  counters: "RELAIS_RETAIN_COUNTERS_DAYS",
  helpSession: "RELAIS_RETAIN_HELP_DAYS",
};

type Env = Readonly<Record<string, string | undefined>>;

/** A whole number of days, 1 or more, written as plain digits; anything else (0, "-3", "2.5", "30d", "") is not one. */
export function parseDays(value: string | undefined): number | null {
  const text = value?.trim() ?? "";
  if (!/^\d+$/.test(text)) return null;
  const days = Number(text);
  return days >= 1 && days <= MAX_DAYS ? days : null;
}

/** Each period from its variable, or its default when the variable is unset or invalid (a typo never means "keep forever"). */
export function retentionFrom(env: Env): Readonly<RetentionDays> {
  const days = { ...DEFAULT_RETENTION_DAYS };
  for (const key of Object.keys(VARIABLES) as Array<keyof RetentionDays>) days[key] = parseDays(env[VARIABLES[key]]) ?? DEFAULT_RETENTION_DAYS[key];
  return Object.freeze(days);
}

export function privacyContactFrom(env: Env): string {
  return env.RELAIS_PRIVACY_CONTACT?.trim() || DEFAULT_PRIVACY_CONTACT;
}

export const retentionDays: Readonly<RetentionDays> = retentionFrom(process.env);
/** The controller's address for the person's requests (access, correction, deletion, restriction, objection). */
export const privacyContact: string = privacyContactFrom(process.env);
/** Where a person complains when our answer did not help: the French data protection authority's form. */
export const complaintUrl = "https://www.cnil.fr/fr/plaintes";
