// Staff accounts on every database: invitations (single use, 48 hours), passkey ceremonies, sessions (30 minutes
// idle, 10 hours at most, revocation at once) and the agency wall around sent files. Time moves through a clock.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Db } from "@/lib/server/db";
import { createSession, inviteStaff, readSession, revokeStaff, type Clock } from "@/lib/server/staff";
import { acceptInvitation, invitationOptions, relyingParty, signIn, signInOptions } from "@/lib/server/staffPasskeys";
import { addAgency, listInbox, openSubmission } from "@/lib/server/submissions";
import { lyon3, paris11 } from "@/tests/fixtures/agencies";
import { openPglite, openThrowawayPostgres } from "./databases";
import { SoftPasskey } from "./staffAuthenticator";

const ORIGIN = "http://localhost:3000";
const rp = relyingParty(new Headers({ host: "localhost:3000" }));

/** A clock the test moves by hand. */
function aClock(start = new Date("2026-12-01T09:00:00Z")) {
  let now = start.getTime();
  const clock: Clock = () => new Date(now);
  return Object.assign(clock, { advance: (minutes: number) => void (now += minutes * 60_000) });
}

async function aSentFile(db: Db, agencyId: string, answers: Record<string, unknown> = { "first-name": "Awa", "last-name": "Diallo" }) {
  const reference = `RLS-${Math.random().toString(36).slice(2, 6).toUpperCase().replace(/[ILOU]/g, "X")}-7KQ2`;
  await db.query(
    `INSERT INTO submissions (id, reference, version, agency_id, questionnaire_version, lang, draft_revision, answers) VALUES ($1, $2, 1, $3, '1', 'ar', 1, $4)`,
    [crypto.randomUUID(), reference, agencyId, JSON.stringify(answers)],
  );
  return reference;
}

/** A member who accepted their invitation with a passkey: the session token and the passkey for later sign-ins. */
async function aSignedInMember(db: Db, agencyId: string, role: "admin" | "counsellor" = "counsellor", clock?: Clock) {
  const invitation = await inviteStaff(db, { agencyId, role, name: "Camille Martin" }, { now: clock });
  const passkey = new SoftPasskey(ORIGIN);
  const ceremony = await invitationOptions(db, rp, invitation.token, clock);
  assert.ok(ceremony);
  const result = await acceptInvitation(db, rp, { token: invitation.token, challengeId: ceremony.challengeId, credential: passkey.register(ceremony.options) }, clock);
  assert.equal(result.status, "signed-in");
  return { ...invitation, passkey, session: result.status === "signed-in" ? result.sessionToken : "" };
}

function suite(name: string, open: () => Promise<{ db: Db; close: () => Promise<void> }>) {
  describe(`staff accounts on ${name}`, () => {
    let db: Db;
    let close: () => Promise<void>;
    before(async () => {
      ({ db, close } = await open());
      for (const agency of [paris11, lyon3]) await addAgency(db, agency);
    });
    after(() => close());

    it("accepts an invitation once: a passkey is stored, the member signed in, the link dead afterwards", async () => {
      const member = await aSignedInMember(db, paris11.id);
      assert.equal((await readSession(db, member.session))?.name, "Camille Martin");
      assert.equal(await invitationOptions(db, rp, member.token), null);
      const { rows } = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM staff_credentials WHERE staff_id = $1", [member.staffId]);
      assert.equal(rows[0]!.n, 1);
    });

    it("stores the invitation hashed, never the token itself", async () => {
      const invitation = await inviteStaff(db, { agencyId: paris11.id, role: "counsellor", name: "Inès" });
      const { rows } = await db.query<{ token_hash: string }>("SELECT token_hash FROM staff_invitations WHERE staff_id = $1", [invitation.staffId]);
      assert.notEqual(rows[0]!.token_hash, invitation.token);
    });

    it("refuses a second passkey on the same invitation, even with a fresh challenge taken before the first was used", async () => {
      const invitation = await inviteStaff(db, { agencyId: paris11.id, role: "counsellor", name: "Léa" });
      const first = await invitationOptions(db, rp, invitation.token);
      const second = await invitationOptions(db, rp, invitation.token);
      assert.ok(first && second);
      const a = await acceptInvitation(db, rp, { token: invitation.token, challengeId: first.challengeId, credential: new SoftPasskey(ORIGIN).register(first.options) });
      const b = await acceptInvitation(db, rp, { token: invitation.token, challengeId: second.challengeId, credential: new SoftPasskey(ORIGIN).register(second.options) });
      assert.equal(a.status, "signed-in");
      assert.equal(b.status, "invalid-invitation");
    });

    it("lets an invitation be used for 48 hours, not a second more", async () => {
      const clock = aClock();
      const invitation = await inviteStaff(db, { agencyId: paris11.id, role: "counsellor", name: "Jules" }, { now: clock });
      clock.advance(48 * 60 - 1);
      assert.ok(await invitationOptions(db, rp, invitation.token, clock));
      clock.advance(1);
      assert.equal(await invitationOptions(db, rp, invitation.token, clock), null);
    });

    it("refuses a passkey made for another site, or answering another challenge", async () => {
      const invitation = await inviteStaff(db, { agencyId: paris11.id, role: "counsellor", name: "Noé" });
      const ceremony = await invitationOptions(db, rp, invitation.token);
      assert.ok(ceremony);
      const phished = await acceptInvitation(db, rp, { token: invitation.token, challengeId: ceremony.challengeId, credential: new SoftPasskey("http://evil.test").register(ceremony.options, "http://evil.test") });
      assert.equal(phished.status, "rejected");
      // The challenge was spent by the failed attempt: it cannot be replayed.
      const replay = await acceptInvitation(db, rp, { token: invitation.token, challengeId: ceremony.challengeId, credential: new SoftPasskey(ORIGIN).register(ceremony.options) });
      assert.equal(replay.status, "rejected");
      const fresh = await invitationOptions(db, rp, invitation.token);
      assert.ok(fresh);
      assert.equal((await acceptInvitation(db, rp, { token: invitation.token, challengeId: fresh.challengeId, credential: new SoftPasskey(ORIGIN).register({ challenge: "c29tZXRoaW5nLWVsc2U" }) })).status, "rejected");
    });

    it("signs a member in again with their passkey, and never with an unknown one", async () => {
      const member = await aSignedInMember(db, paris11.id);
      const ceremony = await signInOptions(db, rp);
      const result = await signIn(db, rp, { challengeId: ceremony.challengeId, credential: member.passkey.authenticate(ceremony.options) });
      assert.equal(result.status, "signed-in");
      const stranger = await signInOptions(db, rp);
      assert.equal((await signIn(db, rp, { challengeId: stranger.challengeId, credential: new SoftPasskey(ORIGIN).authenticate(stranger.options) })).status, "rejected");
    });

    it("ends a session after 30 idle minutes, and keeps it while the member is active", async () => {
      const clock = aClock();
      const member = await aSignedInMember(db, paris11.id, "counsellor", clock);
      clock.advance(29);
      assert.ok(await readSession(db, member.session, clock));
      clock.advance(29);
      assert.ok(await readSession(db, member.session, clock), "seen 29 minutes ago: still open");
      clock.advance(30);
      assert.equal(await readSession(db, member.session, clock), null);
    });

    it("ends a session 10 hours after sign-in however active the member is", async () => {
      const clock = aClock();
      const member = await aSignedInMember(db, paris11.id, "counsellor", clock);
      for (let minutes = 0; minutes < 10 * 60 - 20; minutes += 20) {
        clock.advance(20);
        assert.ok(await readSession(db, member.session, clock), `after ${minutes + 20} minutes`);
      }
      clock.advance(20);
      assert.equal(await readSession(db, member.session, clock), null);
    });

    it("cuts a revoked member off at once: sessions, sign-in and unused invitations", async () => {
      const member = await aSignedInMember(db, paris11.id);
      const other = await createSession(db, member.staffId);
      const pending = await inviteStaff(db, { agencyId: paris11.id, role: "counsellor", name: "Sacha" });
      assert.equal(await revokeStaff(db, member.staffId), true);
      assert.equal(await revokeStaff(db, pending.staffId), true);
      assert.equal(await readSession(db, member.session), null);
      assert.equal(await readSession(db, other), null);
      const ceremony = await signInOptions(db, rp);
      assert.equal((await signIn(db, rp, { challengeId: ceremony.challengeId, credential: member.passkey.authenticate(ceremony.options) })).status, "rejected");
      assert.equal(await invitationOptions(db, rp, pending.token), null);
    });

    it("lets an administrator revoke only counsellors of their own agency", async () => {
      const lyonCounsellor = await inviteStaff(db, { agencyId: lyon3.id, role: "counsellor", name: "Yanis" });
      const parisAdmin = await inviteStaff(db, { agencyId: paris11.id, role: "admin", name: "Ana" });
      assert.equal(await revokeStaff(db, lyonCounsellor.staffId, { agencyId: paris11.id, role: "counsellor" }), false);
      assert.equal(await revokeStaff(db, parisAdmin.staffId, { agencyId: paris11.id, role: "counsellor" }), false);
    });

    it("shows a file to its agency only: another agency's reference is the same nothing as an unknown one", async () => {
      const reference = await aSentFile(db, paris11.id);
      const lyon = await aSignedInMember(db, lyon3.id);
      const reader = { kind: "staff" as const, staffId: lyon.staffId, name: "Camille Martin", role: "counsellor" };
      assert.equal(await openSubmission(db, lyon3.id, reference, reader), null);
      assert.equal(await openSubmission(db, lyon3.id, "RLS-0000-0000", reader), null);
      assert.ok(!(await listInbox(db, lyon3.id)).some((entry) => entry.reference === reference));
      assert.ok((await listInbox(db, paris11.id)).some((entry) => entry.reference === reference));
    });
  });
}

suite("PGlite", openPglite);
if (process.env.DATABASE_URL) suite("PostgreSQL", () => openThrowawayPostgres(process.env.DATABASE_URL!, "staff"));
