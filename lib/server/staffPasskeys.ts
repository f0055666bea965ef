// Passkeys for staff: which relying party a request speaks to, and the WebAuthn ceremonies of invitation and sign-in.
import "server-only";
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import type { AuthenticationCeremony, RegistrationCeremony } from "@/lib/staff/protocol";
import type { Db } from "./db";
import {
  addCredential,
  consumeInvitation,
  createSession,
  credentialIdsOf,
  findCredential,
  findInvitation,
  saveChallenge,
  systemClock,
  takeChallenge,
  updateCounter,
  type Clock,
} from "./staff";

const RP_NAME = "Relais";
const LOOPBACK = new Set(["localhost", "127.0.0.1"]);

export function publicUrl(): URL {
  return new URL(process.env.RELAIS_PUBLIC_URL || "http://localhost:3000");
}

export interface RelyingParty {
  rpID: string;
  origin: string;
  /** Whether cookies must be Secure: everywhere but plain http on this machine. */
  secure: boolean;
}

/**
 * RELAIS_PUBLIC_URL names the relying party. While it is itself a loopback address (development, tests), the
 * request's own loopback Host is followed instead, so `next start -p <any port>` on localhost works without
 * configuration. A public deployment never follows the Host header: a passkey is bound to the configured name.
 */
export function relyingParty(headers: Headers): RelyingParty {
  const configured = publicUrl();
  const host = headers.get("host") ?? "";
  const hostname = host.replace(/:\d+$/, "");
  if (LOOPBACK.has(configured.hostname) && LOOPBACK.has(hostname)) {
    return { rpID: hostname, origin: `http://${host}`, secure: false };
  }
  return { rpID: configured.hostname, origin: configured.origin, secure: !(LOOPBACK.has(configured.hostname) && configured.protocol === "http:") };
}

/** Registration options for the member an invitation names; null when the invitation cannot be used. */
export async function invitationOptions(db: Db, rp: RelyingParty, token: string, now: Clock = systemClock): Promise<RegistrationCeremony | null> {
  const member = await findInvitation(db, token, now);
  if (!member) return null;
  const options = await generateRegistrationOptions({
    rpName: RP_NAME,
    rpID: rp.rpID,
    userName: `${member.name} – ${member.agencyName}`,
    userDisplayName: member.name,
    userID: new TextEncoder().encode(member.id),
    attestationType: "none",
    excludeCredentials: await credentialIdsOf(db, member.id),
    // A discoverable credential lets the member sign in later without typing any name.
    authenticatorSelection: { residentKey: "required", userVerification: "required" },
  });
  const challengeId = await saveChallenge(db, { challenge: options.challenge, purpose: "register", staffId: member.id }, now);
  return { challengeId, options };
}

export type CeremonyResult = { status: "signed-in"; sessionToken: string; staffId: string } | { status: "invalid-invitation" } | { status: "rejected" };

/** Stores the new passkey, uses the invitation up and opens a session: all or nothing. */
export async function acceptInvitation(
  db: Db,
  rp: RelyingParty,
  request: { token: string; challengeId: string; credential: unknown },
  now: Clock = systemClock,
): Promise<CeremonyResult> {
  const challenge = await takeChallenge(db, request.challengeId, "register", now);
  const member = await findInvitation(db, request.token, now);
  if (!member) return { status: "invalid-invitation" };
  if (!challenge || challenge.staffId !== member.id) return { status: "rejected" };
  let verified;
  try {
    verified = await verifyRegistrationResponse({
      response: request.credential as RegistrationResponseJSON,
      expectedChallenge: challenge.challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      requireUserVerification: true,
    });
  } catch {
    // The library throws on any malformed or mismatched answer: for the browser, that is one "rejected".
    return { status: "rejected" };
  }
  if (!verified.verified) return { status: "rejected" };
  const { credential } = verified.registrationInfo;
  return db.transaction(async (tx) => {
    const staffId = await consumeInvitation(tx, request.token, now);
    if (staffId !== member.id) return { status: "invalid-invitation" } as const;
    await addCredential(tx, { id: credential.id, staffId, publicKey: credential.publicKey, counter: credential.counter, transports: credential.transports ?? [] }, now);
    return { status: "signed-in", sessionToken: await createSession(tx, staffId, now), staffId } as const;
  });
}

/** Options for a usernameless sign-in: the browser offers whichever of this site's passkeys the member holds. */
export async function signInOptions(db: Db, rp: RelyingParty, now: Clock = systemClock): Promise<AuthenticationCeremony> {
  const options = await generateAuthenticationOptions({ rpID: rp.rpID, userVerification: "required" });
  const challengeId = await saveChallenge(db, { challenge: options.challenge, purpose: "sign-in", staffId: null }, now);
  return { challengeId, options };
}

export async function signIn(db: Db, rp: RelyingParty, request: { challengeId: string; credential: { id: string } }, now: Clock = systemClock): Promise<CeremonyResult> {
  const challenge = await takeChallenge(db, request.challengeId, "sign-in", now);
  if (!challenge) return { status: "rejected" };
  // Unknown and revoked members' credentials look the same: both are simply refused.
  const stored = await findCredential(db, request.credential.id);
  if (!stored) return { status: "rejected" };
  let verified;
  try {
    verified = await verifyAuthenticationResponse({
      response: request.credential as AuthenticationResponseJSON,
      expectedChallenge: challenge.challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      credential: { id: stored.id, publicKey: stored.publicKey, counter: stored.counter, transports: stored.transports },
      requireUserVerification: true,
    });
  } catch {
    return { status: "rejected" };
  }
  if (!verified.verified) return { status: "rejected" };
  await updateCounter(db, stored.id, verified.authenticationInfo.newCounter);
  return { status: "signed-in", sessionToken: await createSession(db, stored.staffId, now), staffId: stored.staffId };
}
