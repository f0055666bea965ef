// The staff API (passkeys, sessions, administration): URLs and request/response schemas shared by browser and routes.
import type { PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/browser";
import * as z from "zod/mini";
import { locales } from "@/lib/i18n/settings";

const STAFF_API = "/api/v1/staff";
export const INVITATION_OPTIONS_URL = `${STAFF_API}/invitation/options`;
export const INVITATION_ACCEPT_URL = `${STAFF_API}/invitation`;
export const SIGN_IN_OPTIONS_URL = `${STAFF_API}/sign-in/options`;
export const SIGN_IN_URL = `${STAFF_API}/sign-in`;
export const SIGN_OUT_URL = `${STAFF_API}/sign-out`;
export const MEMBERS_URL = `${STAFF_API}/members`;
export const memberUrl = (id: string) => `${MEMBERS_URL}/${id}`;
export const API_KEYS_URL = `${STAFF_API}/api-keys`;
export const apiKeyUrl = (id: string) => `${API_KEYS_URL}/${id}`;

export const STAFF_ROLES = ["admin", "counsellor"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** 32 random bytes in base64url: invitation and session tokens. */
export const staffTokenSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/));
export const staffIdSchema = z.uuid();
export const staffNameSchema = z.string().check(z.trim(), z.minLength(1, "errors.nameRequired"), z.maxLength(80, "errors.nameTooLong"));
export const apiKeyNameSchema = z.string().check(z.trim(), z.minLength(1, "errors.keyNameRequired"), z.maxLength(80, "errors.keyNameTooLong"));

// The browser's WebAuthn answers are checked in depth by @simplewebauthn/server; here only their envelope.
const credentialEnvelope = z.looseObject({ id: z.string().check(z.minLength(1), z.maxLength(1024)), rawId: z.string().check(z.maxLength(1024)), type: z.literal("public-key"), response: z.looseObject({}) });

export const invitationOptionsRequest = z.strictObject({ token: staffTokenSchema });
export const invitationAcceptRequest = z.strictObject({ token: staffTokenSchema, challengeId: z.uuid(), credential: credentialEnvelope });
export const signInRequest = z.strictObject({ challengeId: z.uuid(), credential: credentialEnvelope });

// The options themselves are made by @simplewebauthn/server and read by its browser twin: checked only for a challenge.
const optionsOf = <T>() => z.custom<T>((value) => typeof value === "object" && value !== null && typeof (value as { challenge?: unknown }).challenge === "string");

/** Registration or authentication options for the browser, and the id of the challenge they carry. */
export const registrationCeremony = z.strictObject({ challengeId: z.uuid(), options: optionsOf<PublicKeyCredentialCreationOptionsJSON>() });
export const authenticationCeremony = z.strictObject({ challengeId: z.uuid(), options: optionsOf<PublicKeyCredentialRequestOptionsJSON>() });
export type RegistrationCeremony = z.infer<typeof registrationCeremony>;
export type AuthenticationCeremony = z.infer<typeof authenticationCeremony>;

export const signedInResponse = z.strictObject({ name: z.string(), role: z.enum(STAFF_ROLES) });

/** `lang`: the language of the invitation page the link opens (the administrator's, unless they choose). */
export const inviteRequest = z.strictObject({ name: staffNameSchema, lang: z._default(z.enum(locales), "fr") });
export const invitedResponse = z.strictObject({ id: z.uuid(), invitationUrl: z.string(), expiresAt: z.string() });
export type InvitedResponse = z.infer<typeof invitedResponse>;

export const apiKeyRequest = z.strictObject({ name: apiKeyNameSchema });
export const apiKeyCreatedResponse = z.strictObject({ id: z.uuid(), key: z.string() });
export type ApiKeyCreated = z.infer<typeof apiKeyCreatedResponse>;

/** The invitation page's address; the token travels in the fragment, which browsers never send to a server. */
const invitationPath = (lang: string) => `/${lang}/agency/invitation`;
export const invitationUrl = (base: string, token: string, lang = "fr") => `${base.replace(/\/$/, "")}${invitationPath(lang)}#token=${token}`;
export const agencyPath = (lang: string, page: "" | "sign-in" | "admin" = "") => `/${lang}/agency${page ? `/${page}` : ""}`;
export const filePath = (lang: string, reference: string) => `/${lang}/agency/files/${reference}`;
