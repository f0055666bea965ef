// Liveness of the parts a person's answers depend on, for load balancers and monitoring: the database and realtime.
import { getDb } from "@/lib/server/db";
import { hub } from "@/lib/server/realtime";

export const dynamic = "force-dynamic";

const PROBE_TIMEOUT_MS = 2_000;

// A probe that waits as long as a dead server lets it would make the checker time out instead of hearing "down".
async function databaseAnswers(): Promise<boolean> {
  const probe = (async () => {
    const db = await getDb();
    await db.query("SELECT 1");
    return true;
  })().catch(() => false);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function GET(): Promise<Response> {
  // No detail of any error here: the answer is public.
  const database = (await databaseAnswers()) ? "up" : "down";
  const { realtime } = hub.status();
  const ok = database === "up" && realtime === "up";
  return Response.json(
    { status: ok ? "ok" : "unavailable", database, realtime },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
