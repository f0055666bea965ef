// Agency staff: members, one-time invitations, passkey credentials, WebAuthn challenges and sessions (the rules of time).
import "server-only";
import { randomBytes } from "node:crypto";
import type { StaffRole } from "@/lib/staff/protocol";
import { hashSecret } from "./crypto";
import type { Db, Queryable } from "./db";

/** Every rule of time takes "now" from here, so tests move the clock instead of waiting or editing rows. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

const INVITATION_HOURS = 48;
export const SESSION_IDLE_MINUTES = 30;
export const SESSION_MAX_HOURS = 10;
export const CHALLENGE_MINUTES = 5;

const plusMinutes = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);

function newStaffToken(): string {
  return randomBytes(32).toString("base64url");
}

export interface StaffMember {
  id: string;
  agencyId: string;
  agencyName: string;
  name: string;
  role: StaffRole;
}

export interface Invitation {
  staffId: string;
  token: string;
  expiresAt: Date;
}

/**
 * Adds a staff member and their one-time invitation. `token` is for the e2e seed, which must know it before the
 * server starts; everyone else gets a fresh random one.
 */
export async function inviteStaff(
  db: Db,
  member: { agencyId: string; role: StaffRole; name: string },
  options: { now?: Clock; token?: string } = {},
): Promise<Invitation> {
  const now = (options.now ?? systemClock)();
  const staffId = crypto.randomUUID();
  const token = options.token ?? newStaffToken();
  const expiresAt = plusMinutes(now, INVITATION_HOURS * 60);
  await db.transaction(async (tx) => {
    await tx.query("INSERT INTO staff (id, agency_id, name, role, created_at) VALUES ($1, $2, $3, $4, $5)", [staffId, member.agencyId, member.name, member.role, now]);
    await tx.query("INSERT INTO staff_invitations (token_hash, staff_id, expires_at) VALUES ($1, $2, $3)", [hashSecret(token), staffId, expiresAt]);
  });
  return { staffId, token, expiresAt };
}

const MEMBER_COLUMNS = "s.id, s.agency_id, a.name AS agency_name, s.name, s.role";
type MemberRow = { id: string; agency_id: string; agency_name: string; name: string; role: StaffRole };
const memberOf = (row: MemberRow): StaffMember => ({ id: row.id, agencyId: row.agency_id, agencyName: row.agency_name, name: row.name, role: row.role });

/** The member an invitation is for, while it is unused, unexpired and the member not revoked. */
export async function findInvitation(db: Queryable, token: string, now: Clock = systemClock): Promise<StaffMember | null> {
  const { rows } = await db.query<MemberRow>(
    `SELECT ${MEMBER_COLUMNS} FROM staff_invitations i JOIN staff s ON s.id = i.staff_id JOIN agencies a ON a.id = s.agency_id
     WHERE i.token_hash = $1 AND i.used_at IS NULL AND i.expires_at > $2 AND s.revoked_at IS NULL`,
    [hashSecret(token), now()],
  );
  return rows[0] ? memberOf(rows[0]) : null;
}

/** Uses the invitation up, atomically: of two requests racing with one token, only one gets the member. */
export async function consumeInvitation(db: Queryable, token: string, now: Clock = systemClock): Promise<string | null> {
  const { rows } = await db.query<{ staff_id: string }>(
    `UPDATE staff_invitations i SET used_at = $2 FROM staff s
     WHERE i.token_hash = $1 AND s.id = i.staff_id AND i.used_at IS NULL AND i.expires_at > $2 AND s.revoked_at IS NULL
     RETURNING i.staff_id`,
    [hashSecret(token), now()],
  );
  return rows[0]?.staff_id ?? null;
}

export async function saveChallenge(
  db: Queryable,
  challenge: { challenge: string; purpose: "register" | "sign-in"; staffId: string | null },
  now: Clock = systemClock,
): Promise<string> {
  const at = now();
  // Sign-in options are asked for without a session: old challenges are swept here so the table cannot grow.
  await db.query("DELETE FROM webauthn_challenges WHERE expires_at < $1", [at]);
  const id = crypto.randomUUID();
  await db.query("INSERT INTO webauthn_challenges (id, challenge, purpose, staff_id, expires_at) VALUES ($1, $2, $3, $4, $5)", [
    id,
    challenge.challenge,
    challenge.purpose,
    challenge.staffId,
    plusMinutes(at, CHALLENGE_MINUTES),
  ]);
  return id;
}

/** A challenge answers once: it is deleted as it is read, whether the answer then verifies or not. */
export async function takeChallenge(db: Queryable, id: string, purpose: "register" | "sign-in", now: Clock = systemClock) {
  const { rows } = await db.query<{ challenge: string; staff_id: string | null; expires_at: Date }>(
    "DELETE FROM webauthn_challenges WHERE id = $1 AND purpose = $2 RETURNING challenge, staff_id, expires_at",
    [id, purpose],
  );
  const row = rows[0];
  if (!row || new Date(row.expires_at) <= now()) return null;
  return { challenge: row.challenge, staffId: row.staff_id };
}

export interface StoredCredential {
  id: string;
  staffId: string;
  publicKey: Uint8Array<ArrayBuffer>;
  counter: number;
  transports: string[];
}

export async function addCredential(db: Queryable, credential: StoredCredential, now: Clock = systemClock): Promise<void> {
  await db.query("INSERT INTO staff_credentials (id, staff_id, public_key, counter, transports, created_at) VALUES ($1, $2, $3, $4, $5, $6)", [
    credential.id,
    credential.staffId,
    Buffer.from(credential.publicKey),
    credential.counter,
    credential.transports,
    now(),
  ]);
}

/** A credential of a member who may still sign in. */
export async function findCredential(db: Queryable, id: string): Promise<StoredCredential | null> {
  const { rows } = await db.query<{ id: string; staff_id: string; public_key: Uint8Array; counter: string | number; transports: string[] }>(
    `SELECT c.id, c.staff_id, c.public_key, c.counter, c.transports FROM staff_credentials c JOIN staff s ON s.id = c.staff_id
     WHERE c.id = $1 AND s.revoked_at IS NULL`,
    [id],
  );
  const row = rows[0];
  if (!row) return null;
  return { id: row.id, staffId: row.staff_id, publicKey: new Uint8Array(row.public_key), counter: Number(row.counter), transports: row.transports ?? [] };
}

export async function credentialIdsOf(db: Queryable, staffId: string): Promise<Array<{ id: string; transports: string[] }>> {
  const { rows } = await db.query<{ id: string; transports: string[] }>("SELECT id, transports FROM staff_credentials WHERE staff_id = $1", [staffId]);
  return rows.map((r) => ({ id: r.id, transports: r.transports ?? [] }));
}

export async function updateCounter(db: Queryable, id: string, counter: number): Promise<void> {
  await db.query("UPDATE staff_credentials SET counter = $2 WHERE id = $1", [id, counter]);
}

export async function createSession(db: Queryable, staffId: string, now: Clock = systemClock): Promise<string> {
  const token = newStaffToken();
  const at = now();
  await db.query("INSERT INTO staff_sessions (token_hash, staff_id, created_at, last_seen) VALUES ($1, $2, $3, $3)", [hashSecret(token), staffId, at]);
  return token;
}

/**
 * The member a session belongs to, and marks it seen. Null once idle 30 minutes, 10 hours after it began, or
 * as soon as the member is revoked: checked on every request, never cached.
 */
export async function readSession(db: Queryable, token: string, now: Clock = systemClock): Promise<StaffMember | null> {
  const { rows } = await db.query<MemberRow>(
    `UPDATE staff_sessions ss SET last_seen = $2 FROM staff s JOIN agencies a ON a.id = s.agency_id
     WHERE ss.token_hash = $1 AND s.id = ss.staff_id AND s.revoked_at IS NULL
       AND ss.last_seen > $2::timestamptz - make_interval(mins => $3::int)
       AND ss.created_at > $2::timestamptz - make_interval(hours => $4::int)
     RETURNING ${MEMBER_COLUMNS}`,
    [hashSecret(token), now(), SESSION_IDLE_MINUTES, SESSION_MAX_HOURS],
  );
  return rows[0] ? memberOf(rows[0]) : null;
}

export async function endSession(db: Queryable, token: string): Promise<void> {
  await db.query("DELETE FROM staff_sessions WHERE token_hash = $1", [hashSecret(token)]);
}

/**
 * Revokes a member: their sessions end now and their invitation cannot be used. `scope` limits it to a member of
 * that agency with that role (an administrator revokes counsellors of their own agency, nobody else).
 */
export async function revokeStaff(db: Db, staffId: string, scope?: { agencyId: string; role: StaffRole }, now: Clock = systemClock): Promise<boolean> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string }>(
      `UPDATE staff SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL AND ($3::text IS NULL OR (agency_id = $3 AND role = $4)) RETURNING id`,
      [staffId, now(), scope?.agencyId ?? null, scope?.role ?? null],
    );
    if (rows.length === 0) return false;
    await tx.query("DELETE FROM staff_sessions WHERE staff_id = $1", [staffId]);
    await tx.query("DELETE FROM staff_invitations WHERE staff_id = $1 AND used_at IS NULL", [staffId]);
    return true;
  });
}

export interface StaffListEntry {
  id: string;
  name: string;
  role: StaffRole;
  /** Invited but no passkey yet. */
  pending: boolean;
  createdAt: string;
}

/** The agency's current members, oldest first. */
export async function listStaff(db: Queryable, agencyId: string): Promise<StaffListEntry[]> {
  const { rows } = await db.query<{ id: string; name: string; role: StaffRole; pending: boolean; created_at: Date }>(
    `SELECT s.id, s.name, s.role, s.created_at, NOT EXISTS (SELECT 1 FROM staff_credentials c WHERE c.staff_id = s.id) AS pending
     FROM staff s WHERE s.agency_id = $1 AND s.revoked_at IS NULL ORDER BY s.created_at, s.name`,
    [agencyId],
  );
  return rows.map((r) => ({ id: r.id, name: r.name, role: r.role, pending: Boolean(r.pending), createdAt: new Date(r.created_at).toISOString() }));
}
