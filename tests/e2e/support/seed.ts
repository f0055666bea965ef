// Agencies the browser tests send files to, and staff invitations for them, written into the test server's database
// before it starts (PGlite opens its folder for one process only). Run: node --conditions=react-server --import tsx <this file>.
import { dataDir, openDatabase } from "@/lib/server/db";
import { inviteStaff } from "@/lib/server/staff";
import { addAgency } from "@/lib/server/submissions";
import { testAgencies } from "@/tests/fixtures/agencies";
import { seededInvitations } from "@/tests/fixtures/staff";

async function seed() {
  const db = await openDatabase({ url: process.env.DATABASE_URL || undefined, dataDir: dataDir() });
  for (const agency of testAgencies) await addAgency(db, agency);
  // Counsellors' invitations, as `npm run staff -- invite` would make them, with tokens the tests know.
  for (const { token, ...member } of seededInvitations) await inviteStaff(db, member, { token });
  await db.close();
}

void seed();
