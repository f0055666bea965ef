// Opens the database and runs migrations at start, so the first person does not wait for it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDb } = await import("@/lib/server/db");
  // A database that is down at boot must not stop the server: requests answer 503 and open it again later.
  await getDb().catch(() => undefined);
}
