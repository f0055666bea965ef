// Opens the database and runs migrations at start, so the first person does not wait for it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDb } = await import("@/lib/server/db");
  await getDb();
}
