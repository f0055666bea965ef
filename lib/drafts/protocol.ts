// The drafts API (versioned route handlers under /api/v1), shared by the browser and the server.
import * as z from "zod/mini";
import { authorSchema } from "@/lib/handoff/protocol";

const DRAFTS_URL = "/api/v1/drafts";
export const RESUME_URL = "/api/v1/resume";
export const draftUrl = (id: string) => `${DRAFTS_URL}/${id}`;
export const draftAnswersUrl = (id: string) => `${DRAFTS_URL}/${id}/answers`;

/** Resume codes: Crockford's base 32 (no I, L, O, U), 12 characters = 60 bits, read in groups of four. */
export const RESUME_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const RESUME_LENGTH = 12;

export function formatResumeCode(code: string): string {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}

/** What people type: any case, spaces or dashes, the letters read as digits (O for 0, I or L for 1), and digits
 *  from an Arabic or Persian keyboard (٣ or ۳ for 3). */
export function normaliseResumeCode(typed: string): string {
  return typed
    // Both runs of ten digits start at a multiple of 16 (U+0660, U+06F0).
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) % 16))
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
}

export const tokenSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{22,64}$/));
export const registerRequest = z.strictObject({ token: tokenSchema });
export const revisionSchema = z.int().check(z.nonnegative(), z.maximum(Number.MAX_SAFE_INTEGER));
const changeSchema = z.strictObject({
  questionId: z.string().check(z.minLength(1), z.maxLength(100)),
  value: z.unknown(),
  changedAt: z.int().check(z.nonnegative(), z.maximum(Number.MAX_SAFE_INTEGER)),
  /** Absent: the person. A helper on the person's device declares themself (role and first name). */
  author: z.optional(authorSchema),
});
export const changesRequest = z.strictObject({
  /** The revision of the draft this device has seen: the answer holds only what changed after it. */
  baseRevision: revisionSchema,
  changes: z
    .array(changeSchema)
    .check(
      z.minLength(1),
      z.maxLength(200),
      z.refine((changes) => new Set(changes.map((c) => c.questionId)).size === changes.length, { error: "duplicate-question" }),
    ),
  /** A random id of the device (not of the person), for the answer log. */
  device: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/))),
});
export const resumeRequest = z.strictObject({ code: z.string().check(z.minLength(1), z.maxLength(40)) });

/** An answer as the server holds it: the revision says when it last changed there. */
const serverEntrySchema = z.strictObject({
  value: z.unknown(),
  changedAt: z.number(),
  revision: z.number(),
});
export type ServerEntry = z.infer<typeof serverEntrySchema>;

/** The server's answer to a sync: its revision, and the answers that changed after the device's revision. */
export const changesResponse = z.strictObject({
  revision: revisionSchema,
  entries: z.record(z.string(), serverEntrySchema),
});
export type ChangesResponse = z.infer<typeof changesResponse>;

export const registerResponse = z.strictObject({
  resumeCode: z.string(),
  /** Raised each time the server issues a code for this draft: the device keeps the highest. */
  codeVersion: z.int().check(z.positive()),
});
export type RegisterResponse = z.infer<typeof registerResponse>;

export const resumeResponse = z.strictObject({
  draftId: z.uuid(),
  token: tokenSchema,
  revision: revisionSchema,
  entries: z.record(z.string(), serverEntrySchema),
});
export type ResumeResponse = z.infer<typeof resumeResponse>;
