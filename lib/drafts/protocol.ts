// The drafts API (versioned route handlers under /api/v1), shared by the browser and the server.
import { z } from "zod";
import { authorSchema } from "@/lib/handoff/protocol";

export const DRAFTS_URL = "/api/v1/drafts";
export const RESUME_URL = "/api/v1/resume";
export const draftUrl = (id: string) => `${DRAFTS_URL}/${id}`;
export const draftAnswersUrl = (id: string) => `${DRAFTS_URL}/${id}/answers`;

/** Resume codes: Crockford's base 32 (no I, L, O, U), 12 characters = 60 bits, read in groups of four. */
export const RESUME_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const RESUME_LENGTH = 12;

export function formatResumeCode(code: string): string {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}

/** What people type: any case, spaces or dashes, and the letters read as digits (O for 0, I or L for 1). */
export function normaliseResumeCode(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
}

export const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/);

export const registerRequest = z.strictObject({ token: tokenSchema });

export const changeSchema = z.strictObject({
  questionId: z.string().min(1).max(100),
  value: z.unknown(),
  changedAt: z.number().int().nonnegative(),
  /** Absent: the person. A helper on the person's device declares themself (role and first name). */
  author: authorSchema.optional(),
});

export const changesRequest = z.strictObject({
  changes: z.array(changeSchema).min(1).max(200),
  /** A random id of the device (not of the person), for the answer log. */
  device: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/).optional(),
});

export const resumeRequest = z.strictObject({ code: z.string().min(1).max(40) });

export interface RegisterResponse {
  resumeCode: string;
}

export interface EntriesResponse {
  entries: Record<string, { value: unknown; changedAt: number }>;
}

export interface ResumeResponse extends EntriesResponse {
  draftId: string;
  token: string;
  resumeCode: string;
}
