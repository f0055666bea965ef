// The staff API called directly (no browser, no server) on every database: statuses, cookies and headers of the
// passkey ceremonies, sessions, roles and administration.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { POST as invitationOptions } from "@/app/api/v1/staff/invitation/options/route";
import { POST as acceptInvitation } from "@/app/api/v1/staff/invitation/route";
import { POST as signInOptions } from "@/app/api/v1/staff/sign-in/options/route";
import { POST as signIn } from "@/app/api/v1/staff/sign-in/route";
import { POST as signOut } from "@/app/api/v1/staff/sign-out/route";
import { GET as listMembers, POST as invite } from "@/app/api/v1/staff/members/route";
import { DELETE as revokeMember } from "@/app/api/v1/staff/members/[staffId]/route";
import { GET as listKeys, POST as createKey } from "@/app/api/v1/staff/api-keys/route";
import { DELETE as revokeKey } from "@/app/api/v1/staff/api-keys/[keyId]/route";
import type { Db } from "@/lib/server/db";
import { inviteStaff } from "@/lib/server/staff";
import { lyon3, paris11 } from "@/tests/fixtures/agencies";
import { onEveryDatabase, serveDuringSuite, type TestDatabase } from "./databases";
import { SoftPasskey } from "./staffAuthenticator";

const ORIGIN = "http://localhost:3000";

function call(method: string, path: string, options: { body?: unknown; cookie?: string; origin?: string; host?: string } = {}) {
  const host = options.host ?? "localhost:3000";
  const headers: Record<string, string> = { host, origin: options.origin ?? `http://${host}` };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (options.cookie) headers.cookie = options.cookie;
  return new Request(`http://${host}${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
}
const params = <T extends string>(name: T, value: string) => ({ params: Promise.resolve({ [name]: value } as Record<T, string>) });
const cookieOf = (response: Response) => (response.headers.get("set-cookie") ?? "").split(";")[0]!;

/** Accepts a fresh invitation through the routes; the session cookie and the passkey. */
async function aMemberSignedIn(db: Db, agencyId: string, role: "admin" | "counsellor") {
  const invitation = await inviteStaff(db, { agencyId, role, name: role === "admin" ? "Ana Admin" : "Camille Martin" });
  const options = await invitationOptions(call("POST", "/api/v1/staff/invitation/options", { body: { token: invitation.token } }));
  assert.equal(options.status, 200);
  const ceremony = (await options.json()) as { challengeId: string; options: { challenge: string } };
  const passkey = new SoftPasskey(ORIGIN);
  const accepted = await acceptInvitation(call("POST", "/api/v1/staff/invitation", { body: { token: invitation.token, challengeId: ceremony.challengeId, credential: passkey.register(ceremony.options) } }));
  assert.equal(accepted.status, 200);
  return { ...invitation, passkey, cookie: cookieOf(accepted), response: accepted };
}

function contract(name: string, open: () => Promise<TestDatabase>) {
  describe(`the staff API on ${name}`, () => {
    let db: Db;
    serveDuringSuite(open, { agencies: true, ready: (opened) => void (db = opened) });

    it("answers an invitation's options only for a live token, same origin, and never lets a cache keep them", async () => {
      const invitation = await inviteStaff(db, { agencyId: paris11.id, role: "counsellor", name: "Léa" });
      const ok = await invitationOptions(call("POST", "/api/v1/staff/invitation/options", { body: { token: invitation.token } }));
      assert.equal(ok.status, 200);
      assert.equal(ok.headers.get("cache-control"), "no-store");
      const options = ((await ok.json()) as { options: { rp: { id: string }; authenticatorSelection: { residentKey: string } } }).options;
      assert.equal(options.rp.id, "localhost");
      assert.equal(options.authenticatorSelection.residentKey, "required");
      assert.equal((await invitationOptions(call("POST", "/api/v1/staff/invitation/options", { body: { token: "A".repeat(43) } }))).status, 404);
      assert.equal((await invitationOptions(call("POST", "/api/v1/staff/invitation/options", { body: { token: "short" } }))).status, 400);
      assert.equal((await invitationOptions(call("POST", "/api/v1/staff/invitation/options", { body: { token: invitation.token }, origin: "http://evil.test" }))).status, 403);
    });

    it("signs the new member in with an httpOnly, SameSite=Strict session cookie, and uses the invitation up", async () => {
      const member = await aMemberSignedIn(db, paris11.id, "counsellor");
      const cookie = member.response.headers.get("set-cookie") ?? "";
      assert.match(cookie, /^relais-staff=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=36000$/);
      assert.deepEqual(await member.response.json(), { name: "Camille Martin", role: "counsellor" });
      const again = await invitationOptions(call("POST", "/api/v1/staff/invitation/options", { body: { token: member.token } }));
      assert.equal(again.status, 404);
    });

    it("makes the cookie Secure and host-only (__Host-) on the public https address", async () => {
      const before = process.env.RELAIS_PUBLIC_URL;
      process.env.RELAIS_PUBLIC_URL = "https://relais.example";
      try {
        const invitation = await inviteStaff(db, { agencyId: paris11.id, role: "counsellor", name: "Noé" });
        const options = await invitationOptions(call("POST", "/api/v1/staff/invitation/options", { body: { token: invitation.token }, host: "relais.example", origin: "https://relais.example" }));
        const ceremony = (await options.json()) as { challengeId: string; options: { challenge: string; rp: { id: string } } };
        assert.equal(ceremony.options.rp.id, "relais.example");
        const passkey = new SoftPasskey("https://relais.example");
        const accepted = await acceptInvitation(
          call("POST", "/api/v1/staff/invitation", { body: { token: invitation.token, challengeId: ceremony.challengeId, credential: passkey.register(ceremony.options) }, host: "relais.example", origin: "https://relais.example" }),
        );
        assert.equal(accepted.status, 200);
        assert.match(accepted.headers.get("set-cookie") ?? "", /^__Host-relais-staff=[^;]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=36000; Secure$/);
        // A Host header saying "localhost" does not move a public deployment's relying party.
        const spoofed = await signInOptions(call("POST", "/api/v1/staff/sign-in/options", { host: "localhost:3000", origin: "https://relais.example" }));
        assert.equal(((await spoofed.json()) as { options: { rpId: string } }).options.rpId, "relais.example");
      } finally {
        if (before === undefined) delete process.env.RELAIS_PUBLIC_URL;
        else process.env.RELAIS_PUBLIC_URL = before;
      }
    });

    it("signs in with a known passkey (200 and a cookie), refuses an unknown one (401) and a replayed challenge (401)", async () => {
      const member = await aMemberSignedIn(db, paris11.id, "counsellor");
      const options = await signInOptions(call("POST", "/api/v1/staff/sign-in/options"));
      assert.equal(options.headers.get("cache-control"), "no-store");
      const ceremony = (await options.json()) as { challengeId: string; options: { challenge: string } };
      const signedIn = await signIn(call("POST", "/api/v1/staff/sign-in", { body: { challengeId: ceremony.challengeId, credential: member.passkey.authenticate(ceremony.options) } }));
      assert.equal(signedIn.status, 200);
      assert.match(cookieOf(signedIn), /^relais-staff=/);
      const replay = await signIn(call("POST", "/api/v1/staff/sign-in", { body: { challengeId: ceremony.challengeId, credential: member.passkey.authenticate(ceremony.options) } }));
      assert.equal(replay.status, 401);
      const other = (await (await signInOptions(call("POST", "/api/v1/staff/sign-in/options"))).json()) as { challengeId: string; options: { challenge: string } };
      assert.equal((await signIn(call("POST", "/api/v1/staff/sign-in", { body: { challengeId: other.challengeId, credential: new SoftPasskey(ORIGIN).authenticate(other.options) } }))).status, 401);
      assert.equal((await signIn(call("POST", "/api/v1/staff/sign-in", { body: { challengeId: "nope" } }))).status, 400);
    });

    it("keeps administration to administrators: 401 signed out, 403 for a counsellor, 200 for an administrator", async () => {
      const counsellor = await aMemberSignedIn(db, paris11.id, "counsellor");
      const admin = await aMemberSignedIn(db, paris11.id, "admin");
      assert.equal((await listMembers(call("GET", "/api/v1/staff/members"))).status, 401);
      assert.equal((await listMembers(call("GET", "/api/v1/staff/members", { cookie: "relais-staff=" + "x".repeat(43) }))).status, 401);
      assert.equal((await listMembers(call("GET", "/api/v1/staff/members", { cookie: counsellor.cookie }))).status, 403);
      const listed = await listMembers(call("GET", "/api/v1/staff/members", { cookie: admin.cookie }));
      assert.equal(listed.status, 200);
      assert.equal(listed.headers.get("cache-control"), "no-store");
      const { members } = (await listed.json()) as { members: Array<{ id: string }> };
      assert.ok(members.some((m) => m.id === counsellor.staffId));
    });

    it("lets an administrator invite a counsellor (the link once, token in the fragment) and revoke them at once", async () => {
      const admin = await aMemberSignedIn(db, paris11.id, "admin");
      assert.equal((await invite(call("POST", "/api/v1/staff/members", { cookie: admin.cookie, body: { name: "  " } }))).status, 422);
      const invited = await invite(call("POST", "/api/v1/staff/members", { cookie: admin.cookie, body: { name: "Inès Roux", lang: "ar" } }));
      assert.equal(invited.status, 201);
      const body = (await invited.json()) as { id: string; invitationUrl: string };
      assert.match(body.invitationUrl, /^http:\/\/localhost:3000\/ar\/agency\/invitation#token=[A-Za-z0-9_-]{43}$/);

      const counsellor = await aMemberSignedIn(db, paris11.id, "counsellor");
      const lyonAdmin = await aMemberSignedIn(db, lyon3.id, "admin");
      assert.equal((await revokeMember(call("DELETE", `/api/v1/staff/members/${counsellor.staffId}`, { cookie: lyonAdmin.cookie }), params("staffId", counsellor.staffId))).status, 404);
      assert.equal((await revokeMember(call("DELETE", `/api/v1/staff/members/${admin.staffId}`, { cookie: admin.cookie }), params("staffId", admin.staffId))).status, 404);
      assert.equal((await revokeMember(call("DELETE", "/api/v1/staff/members/x", { cookie: admin.cookie }), params("staffId", "x"))).status, 404);
      assert.equal((await revokeMember(call("DELETE", `/api/v1/staff/members/${counsellor.staffId}`, { cookie: admin.cookie, origin: "http://evil.test" }), params("staffId", counsellor.staffId))).status, 403);
      assert.equal((await revokeMember(call("DELETE", `/api/v1/staff/members/${counsellor.staffId}`, { cookie: admin.cookie }), params("staffId", counsellor.staffId))).status, 204);
      // Revoked: the very next request with the old session is refused.
      assert.equal((await listKeys(call("GET", "/api/v1/staff/api-keys", { cookie: counsellor.cookie }))).status, 401);
    });

    it("lets an administrator create an API key (shown once), list it without the key, and revoke it", async () => {
      const admin = await aMemberSignedIn(db, paris11.id, "admin");
      const created = await createKey(call("POST", "/api/v1/staff/api-keys", { cookie: admin.cookie, body: { name: "Logiciel agence" } }));
      assert.equal(created.status, 201);
      const { id, key } = (await created.json()) as { id: string; key: string };
      assert.match(key, /^rls_/);
      const listed = await (await listKeys(call("GET", "/api/v1/staff/api-keys", { cookie: admin.cookie }))).text();
      assert.ok(listed.includes(id) && !listed.includes(key));
      const lyonAdmin = await aMemberSignedIn(db, lyon3.id, "admin");
      assert.equal((await revokeKey(call("DELETE", `/api/v1/staff/api-keys/${id}`, { cookie: lyonAdmin.cookie }), params("keyId", id))).status, 404);
      assert.equal((await revokeKey(call("DELETE", `/api/v1/staff/api-keys/${id}`, { cookie: admin.cookie }), params("keyId", id))).status, 204);
      assert.equal((await revokeKey(call("DELETE", `/api/v1/staff/api-keys/${id}`, { cookie: admin.cookie }), params("keyId", id))).status, 404);
      assert.equal((await createKey(call("POST", "/api/v1/staff/api-keys", { cookie: admin.cookie, body: { name: "" } }))).status, 422);
    });

    it("signs out: the session ends, the cookie is cleared, back to the sign-in page in the same language", async () => {
      const member = await aMemberSignedIn(db, paris11.id, "admin");
      const response = await signOut(call("POST", "/api/v1/staff/sign-out?lang=uk", { cookie: member.cookie }));
      assert.equal(response.status, 303);
      assert.equal(response.headers.get("location"), "/uk/agency/sign-in?signedOut=1");
      assert.match(response.headers.get("set-cookie") ?? "", /^relais-staff=; .*Max-Age=0/);
      assert.equal((await listMembers(call("GET", "/api/v1/staff/members", { cookie: member.cookie }))).status, 401);
    });
  });
}

onEveryDatabase("staffapi", contract);
