// The browser's client of the staff API: passkey ceremonies and administration, each answer parsed, every outcome named.
import { startAuthentication, startRegistration } from "@simplewebauthn/browser";
import type * as z from "zod/mini";
import {
  apiKeyCreatedResponse,
  apiKeyUrl,
  API_KEYS_URL,
  authenticationCeremony,
  INVITATION_ACCEPT_URL,
  INVITATION_OPTIONS_URL,
  invitedResponse,
  memberUrl,
  MEMBERS_URL,
  registrationCeremony,
  SIGN_IN_OPTIONS_URL,
  SIGN_IN_URL,
  signedInResponse,
  type ApiKeyCreated,
  type InvitedResponse,
} from "./protocol";

/** What went wrong, as the key of the message shown (staff.json `errors.*`). */
export type StaffProblem = "invalidInvitation" | "passkeyCancelled" | "passkeyRejected" | "unsupported" | "network" | "signedOut" | "failed";
export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: StaffProblem };

async function call<S extends z.ZodMiniType>(url: string, init: RequestInit, schema: S | null): Promise<Outcome<z.infer<S>>> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, credentials: "same-origin", headers: init.body ? { "Content-Type": "application/json" } : {} });
  } catch {
    return { ok: false, problem: "network" };
  }
  if (response.status === 401) {
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    return { ok: false, problem: body.error === "passkey-rejected" ? "passkeyRejected" : "signedOut" };
  }
  if (response.status === 404 && (url === INVITATION_OPTIONS_URL || url === INVITATION_ACCEPT_URL)) return { ok: false, problem: "invalidInvitation" };
  if (response.status === 503) return { ok: false, problem: "network" };
  if (!response.ok) return { ok: false, problem: "failed" };
  if (!schema) return { ok: true, value: undefined as z.infer<S> };
  const parsed = schema.safeParse(await response.json().catch(() => null));
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problem: "failed" };
}

const post = (body?: unknown): RequestInit => ({ method: "POST", body: body === undefined ? undefined : JSON.stringify(body) });

/** The browser's part of a ceremony: a refusal or a closed prompt is "cancelled", not an error of the app. */
async function inBrowser<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (name === "NotAllowedError" || name === "AbortError") return { ok: false, problem: "passkeyCancelled" };
    if (name === "NotSupportedError" || typeof window.PublicKeyCredential === "undefined") return { ok: false, problem: "unsupported" };
    return { ok: false, problem: "passkeyRejected" };
  }
}

export async function acceptInvitationWithPasskey(token: string): Promise<Outcome<z.infer<typeof signedInResponse>>> {
  const ceremony = await call(INVITATION_OPTIONS_URL, post({ token }), registrationCeremony);
  if (!ceremony.ok) return ceremony;
  const credential = await inBrowser(() => startRegistration({ optionsJSON: ceremony.value.options }));
  if (!credential.ok) return credential;
  return call(INVITATION_ACCEPT_URL, post({ token, challengeId: ceremony.value.challengeId, credential: credential.value }), signedInResponse);
}

export async function signInWithPasskey(): Promise<Outcome<z.infer<typeof signedInResponse>>> {
  const ceremony = await call(SIGN_IN_OPTIONS_URL, post(), authenticationCeremony);
  if (!ceremony.ok) return ceremony;
  const credential = await inBrowser(() => startAuthentication({ optionsJSON: ceremony.value.options }));
  if (!credential.ok) return credential;
  return call(SIGN_IN_URL, post({ challengeId: ceremony.value.challengeId, credential: credential.value }), signedInResponse);
}

export const inviteCounsellor = (name: string, lang: string): Promise<Outcome<InvitedResponse>> => call(MEMBERS_URL, post({ name, lang }), invitedResponse);
export const revokeMember = (id: string) => call(memberUrl(id), { method: "DELETE" }, null);
export const createApiKey = (name: string): Promise<Outcome<ApiKeyCreated>> => call(API_KEYS_URL, post({ name }), apiKeyCreatedResponse);
export const revokeApiKey = (id: string) => call(apiKeyUrl(id), { method: "DELETE" }, null);
