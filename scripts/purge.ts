// The purge for a system scheduler (cron, a systemd timer): `npm run purge`. Deletes what is past its retention
// (lib/privacy.ts, from RELAIS_RETAIN_* variables) on the app's database and prints counts only. The server also
// purges every hour by itself; with PGlite stop the app first (its folder opens for one process only).
import { dataDir, openDatabase } from "@/lib/server/db";
import { retentionDays } from "@/lib/privacy";
import { describePurge, purge } from "@/lib/server/retention";

async function main() {
  const db = await openDatabase({ url: process.env.DATABASE_URL || undefined, dataDir: dataDir() });
  try {
    const counts = await purge(db, retentionDays);
    console.log(counts ? describePurge(counts) : "purge: another instance is purging now; nothing done");
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error("purge failed:", error instanceof Error ? error.name : "unknown");
  process.exitCode = 1;
});
