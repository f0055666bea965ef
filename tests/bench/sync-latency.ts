// Measures how fast an answer typed by the person reaches the helper's screen, with many paired sessions open
// at once on one server (this machine). Prints figures; asserts nothing.
//
//   npm run build && npx tsx tests/bench/sync-latency.ts [pairs=500] [rounds=3]
// With BENCH_DATABASE_URL set, the server runs on PostgreSQL (and fans out through LISTEN/NOTIFY); with
// BENCH_INSTANCES=2 as well, helpers listen on a second server instance while people write to the first,
// so every answer crosses instances through PostgreSQL.
import { createSseParser } from "@/lib/handoff/sse";
import { OwnServer } from "@/tests/e2e/support/ownServer";

const pairs = Number(process.argv[2] ?? 500);
const rounds = Number(process.argv[3] ?? 3);
const databaseUrl = process.env.BENCH_DATABASE_URL ?? "";
const port = Number(process.env.BENCH_PORT ?? 3230);
const server = new OwnServer(port, databaseUrl);
const second = databaseUrl && process.env.BENCH_INSTANCES === "2" ? new OwnServer(port + 1, databaseUrl) : null;
const base = server.url;
/** Where helpers listen: the second instance when there is one. */
const listenBase = second?.url ?? base;
const json = (data: unknown, token?: string, client?: string) => ({
  method: "POST",
  headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(client ? { "x-forwarded-for": client } : {}) },
  body: JSON.stringify(data),
});

interface Pair {
  draftId: string;
  personToken: string;
  sessionId: string;
  helperToken: string;
  waiting: Map<string, (at: number) => void>;
}

async function pairUp(i: number): Promise<Pair> {
  const draftId = crypto.randomUUID();
  const personToken = crypto.randomUUID().replace(/-/g, "");
  await fetch(`${base}/api/v1/drafts/${draftId}`, { ...json({ token: personToken }), method: "PUT" });
  const opened = (await (await fetch(`${base}/api/v1/drafts/${draftId}/help`, json({}, personToken))).json()) as { joinCode: string };
  const joined = (await (
    await fetch(`${base}/api/v1/help/join`, json({ code: opened.joinCode, helper: { role: "volunteer", name: "Bench" }, lang: "fr" }, undefined, `bench-${i}`))
  ).json()) as { sessionId: string; helperToken: string };
  await fetch(`${base}/api/v1/help/${joined.sessionId}/decision`, json({ accept: true }, personToken));
  return { draftId, personToken, sessionId: joined.sessionId, helperToken: joined.helperToken, waiting: new Map() };
}

/** The helper's event stream: resolves a waiting write when its value shows up in the answers. */
async function listen(pair: Pair, ready: () => void) {
  const response = await fetch(`${listenBase}/api/v1/help/${pair.sessionId}/events`, { headers: { Authorization: `Bearer ${pair.helperToken}` } });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const parse = createSseParser();
  let first = true;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    for (const event of parse(value)) {
      if (event.event !== "answers") continue;
      if (first) {
        first = false;
        ready();
      }
      const entries = JSON.parse(event.data) as Record<string, { value: unknown }>;
      const name = entries["first-name"]?.value;
      if (typeof name === "string") pair.waiting.get(name)?.(performance.now());
    }
  }
}

const letters = (n: number): string => (n < 26 ? String.fromCharCode(97 + n) : letters(Math.floor(n / 26) - 1) + String.fromCharCode(97 + (n % 26)));

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function main() {
  await server.start();
  await second?.start();
  try {
    const t0 = performance.now();
    const all: Pair[] = [];
    for (let i = 0; i < pairs; i += 50) all.push(...(await Promise.all(Array.from({ length: Math.min(50, pairs - i) }, (_, k) => pairUp(i + k)))));
    console.log(`database: ${databaseUrl ? "PostgreSQL" : "embedded PGlite"}; instances: ${second ? "2 (helpers on the second)" : "1"}`);
    console.log(`paired ${all.length} sessions in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    await Promise.all(all.map((pair) => new Promise<void>((ready) => void listen(pair, ready))));
    console.log(`${all.length} helper event streams open`);

    const latencies: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      // Spread the writes over two seconds, as people type, rather than one burst.
      await Promise.all(
        all.map(async (pair, i) => {
          await new Promise((resolve) => setTimeout(resolve, (i / all.length) * 2000));
          // A unique first name per write, in letters (names refuse digits).
          const value = `Nom${letters(round * all.length + i)}`;
          const seen = new Promise<number>((resolve) => pair.waiting.set(value, resolve));
          const sent = performance.now();
          const response = await fetch(
            `${base}/api/v1/drafts/${pair.draftId}/answers`,
            json({ changes: [{ questionId: "first-name", value, changedAt: Date.now() }], device: "benchdevice" }, pair.personToken),
          );
          if (!response.ok) throw new Error(`write refused: ${response.status} ${await response.text()}`);
          latencies.push((await seen) - sent);
        }),
      );
    }
    latencies.sort((a, b) => a - b);
    console.log(`writes: ${latencies.length} (${rounds} rounds x ${all.length} pairs, spread over 2 s each)`);
    console.log(`person write -> helper screen: p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms, max ${latencies.at(-1)!.toFixed(0)} ms`);
  } finally {
    server.kill();
    second?.kill();
  }
  process.exit(0);
}

void main();
