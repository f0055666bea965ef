// Agencies the browser tests send files to, written into the test server's database before it starts
// (PGlite opens its folder for one process only). Run: node --conditions=react-server --import tsx <this file>.
import { dataDir, openDatabase } from "@/lib/server/db";
import { addAgency } from "@/lib/server/submissions";
import { testAgencies } from "@/tests/fixtures/agencies";

async function seed() {
  const db = await openDatabase({ url: process.env.DATABASE_URL || undefined, dataDir: dataDir() });
  for (const agency of testAgencies) await addAgency(db, agency);
  await db.close();
}

void seed();
