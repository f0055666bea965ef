// Opens the database and runs migrations at start, so the first person does not wait for it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Rate limits need each request's socket address, which Next does not pass on: record it from the first request.
  (await import("@/lib/server/clientAddress")).recordPeerAddresses();
  const { getDb } = await import("@/lib/server/db");
  // A database that is down at boot must not stop the server: requests answer 503 and open it again later.
  await getDb().catch(() => undefined);
  // Nothing is kept longer than the privacy notice says: purged now and every hour.
  (await import("@/lib/server/retention")).schedulePurge();
}
