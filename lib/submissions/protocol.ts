// The contract of sending a file and reading it back, shared by the browser and the route handlers.
import * as z from "zod/mini";
import { locales } from "@/lib/i18n/settings";
import { HELPER_ROLES, VIA } from "@/lib/handoff/protocol";
import { revisionSchema } from "@/lib/drafts/protocol";

export const submissionUrl = (draftId: string) => `/api/v1/drafts/${draftId}/submission`;
export const AGENCIES_URL = "/api/v1/agencies";

/** References read aloud on the phone: Crockford's base 32 (no I, L, O, U), `RLS-XXXX-XXXX`. */
export const REFERENCE_PATTERN = /^RLS-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

const agencyIdSchema = z.string().check(z.regex(/^[a-z0-9-]{2,40}$/));

/**
 * The device sends no answers: the server builds the file from what it holds. The revision says which state of
 * the draft the person checked, so a device that has not seen the latest answers is told (409) and syncs first.
 */
export const sendRequest = z.strictObject({
  revision: revisionSchema,
  agencyId: agencyIdSchema,
  lang: z.enum(locales),
  consent: z.literal(true),
});
export type SendRequest = z.infer<typeof sendRequest>;

export const agencySchema = z.strictObject({
  id: agencyIdSchema,
  name: z.string(),
  town: z.string(),
  postcode: z.string(),
});
export type Agency = z.infer<typeof agencySchema>;

export const agenciesResponse = z.strictObject({ agencies: z.array(agencySchema) });

export const sentResponse = z.strictObject({
  reference: z.string().check(z.regex(REFERENCE_PATTERN)),
  version: z.int().check(z.positive()),
  sentAt: z.string(),
  agency: agencySchema,
});
export type SentResponse = z.infer<typeof sentResponse>;

const helpedSchema = z.record(z.string(), z.strictObject({ role: z.enum(HELPER_ROLES), name: z.string(), via: z.enum(VIA) }));

/** The person's copy: the latest version, how many came before, and who read it. */
export const sentFileResponse = z.strictObject({
  reference: z.string().check(z.regex(REFERENCE_PATTERN)),
  version: z.int().check(z.positive()),
  sentAt: z.string(),
  lang: z.string(),
  questionnaireVersion: z.string(),
  agency: agencySchema,
  answers: z.record(z.string(), z.unknown()),
  helped: helpedSchema,
  reads: z.array(z.strictObject({ name: z.string(), role: z.string(), agency: z.string(), at: z.string() })),
});
export type SentFile = z.infer<typeof sentFileResponse>;
