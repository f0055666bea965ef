// The handoff protocol: who helps, how they join, the live events both screens receive, and the payloads.
// Transport (SSE + POST) lives elsewhere; this file is shared by the browser and the server.
import * as z from "zod/mini";

export const HELPER_ROLES = ["volunteer", "social-worker", "counsellor"] as const;
export type HelperRole = (typeof HELPER_ROLES)[number];

/** How an answer was entered: by the person on their device, by a helper on it, or from the helper's own. */
export const VIA = ["own-device", "same-device", "helper-device"] as const;
export type Via = (typeof VIA)[number];

const MODES = ["person-types", "helper-types"] as const;
export type HelpMode = (typeof MODES)[number];

/** Join codes: 8 characters of Crockford's base 32 = 40 bits, read in two groups; the QR carries 128 bits. */
export const JOIN_CODE_LENGTH = 8;
export const JOIN_TTL_MINUTES = 10;
/** A live session ends after this long without any activity from either side. */
export const SESSION_IDLE_MINUTES = 30;
/** Both screens warn this long before an idle end, with a button that keeps the help going (WCAG 2.2.1). */
export const IDLE_WARNING_SECONDS = 120;

const helperName = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, { error: "help.name" }),
    z.maxLength(40, { error: "help.name" }),
    z.regex(/^[\p{L}\p{M}][\p{L}\p{M}' ’-]*$/u, { error: "help.name" }),
  );

export const helperSchema = z.strictObject({
  role: z.enum(HELPER_ROLES, { error: "help.role" }),
  name: helperName,
});
export type Helper = z.infer<typeof helperSchema>;

export const authorSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("person") }),
  z.strictObject({ kind: z.literal("helper"), role: z.enum(HELPER_ROLES), name: helperName }),
]);
export type Author = z.infer<typeof authorSchema>;

export const joinRequest = z.strictObject({
  code: z.optional(z.string().check(z.maxLength(20))),
  token: z.optional(z.string().check(z.maxLength(64))),
  helper: helperSchema,
  lang: z.string().check(z.maxLength(5)),
});

export const decisionRequest = z.strictObject({ accept: z.boolean() });
export const modeRequest = z.strictObject({ mode: z.enum(MODES) });
export const presenceRequest = z.strictObject({ at: z.string().check(z.maxLength(100)) });
export const showRequest = z.strictObject({ questionId: z.string().check(z.maxLength(100)) });

/**
 * Named events of the live session, sent as Server-Sent Events. `state` (a SessionState) comes when it differs
 * from the last one the stream sent; `answers` (an AnswersEvent) carries `id: <revision>`, which the client sends
 * back as Last-Event-ID when it reconnects so it gets only what changed since. An ended or refused session
 * answers 409 with no stream.
 */
export const HELP_EVENTS = {
  state: "state",
  answers: "answers",
  ping: "ping",
} as const;

/** An `answers` event: the draft's revision and only the answers changed after the revision the stream last sent. */
export interface AnswersEvent {
  revision: number;
  entries: Record<string, { value: unknown; changedAt: number; revision: number }>;
}

/** Statuses after which a stream is never reopened: the session or the token is gone for good. */
export const HELP_STREAM_GONE: readonly number[] = [401, 403, 404, 409, 410];

export type SessionStatus = "open" | "requested" | "active" | "refused" | "ended";

/** Everything a screen needs to draw the session: sent whole on each change (it is small). */
export interface SessionState {
  status: SessionStatus;
  helper: Helper | null;
  mode: HelpMode;
  /** Question ids (or "start", "check") where each side is. */
  personAt: string | null;
  helperAt: string | null;
  /** The helper asked to type; the person has not answered yet. */
  typingRequested: boolean;
  /** Seconds before the session ends if nobody does anything, while it is requested or active. Relative, so a
   *  device whose clock is wrong still warns in time. */
  idleSecondsLeft: number | null;
  /** Sensitive answers given before the help was accepted that the person has not shown the helper (question ids). */
  hidden: string[];
}

export const helpUrls = {
  create: (draftId: string) => `/api/v1/drafts/${draftId}/help`,
  join: "/api/v1/help/join",
  events: (sessionId: string) => `/api/v1/help/${sessionId}/events`,
  decision: (sessionId: string) => `/api/v1/help/${sessionId}/decision`,
  mode: (sessionId: string) => `/api/v1/help/${sessionId}/mode`,
  askToType: (sessionId: string) => `/api/v1/help/${sessionId}/ask-to-type`,
  presence: (sessionId: string) => `/api/v1/help/${sessionId}/presence`,
  keepAlive: (sessionId: string) => `/api/v1/help/${sessionId}/keep-alive`,
  answers: (sessionId: string) => `/api/v1/help/${sessionId}/answers`,
  end: (sessionId: string) => `/api/v1/help/${sessionId}/end`,
  show: (sessionId: string) => `/api/v1/help/${sessionId}/show`,
  log: (draftId: string) => `/api/v1/drafts/${draftId}/log`,
};
