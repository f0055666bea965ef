// Measures how fast an answer the person saves reaches the helper's screen, with many paired sessions open at once on one server (this machine). Prints figures; asserts nothing.
//
//   npm run build && npm run bench:sync -- [pairs=500] [rounds=3] [rate]
// Every person writes an answer `rounds` times; the writes leave at `rate` per second whatever the server does
// (an open loop, as people do not wait for each other), so a rate the server cannot hold shows as a growing
// latency and as an achieved rate below the offered one. The default rate is one this machine (2 cores) held
// with 500 pairs: 50 writes/s on embedded PGlite, 200 on PostgreSQL.
// With BENCH_DATABASE_URL set, the server runs on PostgreSQL (and fans out through LISTEN/NOTIFY); with
// BENCH_INSTANCES=2 as well, helpers listen on a second server instance while people write to the first,
// so every answer crosses instances through PostgreSQL.
import { createSseParser } from "@/lib/handoff/sse";
import { Api, lettersOf, readAnswersEvent, type Device } from "./support/api";
import { describeMachine, load, ms, percentile, printTable } from "./support/report";
import { startApp } from "./support/servers";

const databaseUrl = process.env.BENCH_DATABASE_URL ?? "";
const pairs = Number(process.argv[2] ?? 500);
const rounds = Number(process.argv[3] ?? 3);
const rate = Number(process.argv[4] ?? (databaseUrl ? 200 : 50));
const twoInstances = Boolean(databaseUrl) && process.env.BENCH_INSTANCES === "2";
/** How long a write may take to show on the helper's stream before it counts as never seen. */
const SEEN_TIMEOUT_MS = 30_000;

interface Pair {
  person: Device;
  sessionId: string;
  helperToken: string;
  /** Writes sent and not yet seen on the helper's stream, by the value written, in the order they were sent. */
  waiting: Map<string, Waiting>;
  /** The draft revision of the last answers event the helper received. */
  helperRevision: number;
  streamClosed: boolean;
}

interface Waiting {
  order: number;
  seen: (at: number, superseded: boolean) => void;
}

/**
 * A value showed on the helper's screen: its write is seen, and so is every earlier write of the pair still
 * waiting. Events carry the current value only, so a write overtaken by the next one before its event left (a
 * server falling behind) is never shown as such: it is counted as superseded, seen when the newer value was.
 */
function showed(pair: Pair, value: string, at: number) {
  const shown = pair.waiting.get(value);
  if (!shown) return;
  for (const [other, waiting] of pair.waiting) {
    if (waiting.order > shown.order) continue;
    pair.waiting.delete(other);
    waiting.seen(at, waiting !== shown);
  }
}

/** Closes every helper stream at the end, before the servers stop, so none waits on an open connection. */
const streams = new AbortController();

/** The helper's event stream: resolves a waiting write when its value shows up in an answers event. */
async function listen(listenBase: string, pair: Pair, ready: () => void) {
  const response = await fetch(`${listenBase}/api/v1/help/${pair.sessionId}/events`, {
    headers: { Authorization: `Bearer ${pair.helperToken}` },
    signal: streams.signal,
  });
  if (!response.ok || !response.body) throw new Error(`events refused: ${response.status} ${await response.text()}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const parse = createSseParser();
  for (;;) {
    // Aborted at the end, or the server went away: either way this stream is over.
    const { done, value } = await reader.read().catch(() => ({ done: true as const, value: undefined }));
    if (done) {
      if (!streams.signal.aborted) pair.streamClosed = true;
      return;
    }
    for (const event of parse(value)) {
      // The session's state comes first on a new stream; answers follow only once there is something to show.
      if (event.event === "state") ready();
      if (event.event !== "answers") continue;
      ready();
      const { revision, entries } = readAnswersEvent(event.data);
      // A delta carries only what changed since the last event, so the helper's revision must only move forward.
      if (revision !== undefined) pair.helperRevision = Math.max(pair.helperRevision, revision);
      const name = entries["first-name"]?.value;
      if (typeof name === "string") showed(pair, name, performance.now());
    }
  }
}

const sleepUntil = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - performance.now())));

async function main() {
  console.log(describeMachine());
  const server = await startApp(databaseUrl);
  const second = twoInstances ? await startApp(databaseUrl, "second instance") : null;
  try {
    const api = await Api.detect(server.url);
    /** Where helpers listen: the second instance when there is one. */
    const listenBase = second?.url ?? server.url;
    console.log(
      `database: ${databaseUrl ? "PostgreSQL" : "embedded PGlite"}; instances: ${second ? "2 (helpers on the second)" : "1"}; contract: ${api.contract}`,
    );

    const t0 = performance.now();
    const all: Pair[] = [];
    for (let i = 0; i < pairs; i += 50) {
      const batch = Array.from({ length: Math.min(50, pairs - i) }, async (_, k): Promise<Pair> => {
        const person = await api.register();
        const joined = await api.pairHelper(person, `bench-${i + k}`);
        return { person, ...joined, waiting: new Map(), helperRevision: 0, streamClosed: false };
      });
      all.push(...(await Promise.all(batch)));
    }
    console.log(`paired ${all.length} sessions in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    await Promise.all(all.map((pair) => new Promise<void>((ready) => void listen(listenBase, pair, ready))));
    console.log(`${all.length} helper event streams open`);

    const total = all.length * rounds;
    console.log(`offering ${rate} writes/s: ${total} writes (${rounds} per pair) over ${(total / rate).toFixed(1)} s`);
    const latencies: number[] = [];
    const saveTimes: number[] = [];
    let refused = 0;
    let unseen = 0;
    let superseded = 0;
    const loadBefore = load();
    const start = performance.now();
    let lastSeen = start;
    let lastSaved = start;
    const writes: Array<Promise<void>> = [];
    for (let j = 0; j < total; j += 1) {
      await sleepUntil(start + (j * 1000) / rate);
      const pair = all[j % all.length]!;
      writes.push(
        (async () => {
          // A unique first name per write, in letters (names refuse digits).
          const value = `Nom${lettersOf(j)}`;
          let timer: NodeJS.Timeout | undefined;
          const seen = new Promise<number | null>((resolve) => {
            pair.waiting.set(value, {
              order: j,
              seen: (at, overtaken) => {
                if (overtaken) superseded += 1;
                resolve(at);
              },
            });
            timer = setTimeout(() => resolve(null), SEEN_TIMEOUT_MS);
          });
          const sent = performance.now();
          try {
            await api.save(pair.person, [{ questionId: "first-name", value, changedAt: Date.now() }], { deviceId: "benchdevice" });
          } catch {
            refused += 1;
            clearTimeout(timer);
            pair.waiting.delete(value);
            return;
          }
          lastSaved = Math.max(lastSaved, performance.now());
          saveTimes.push(performance.now() - sent);
          const at = await seen;
          clearTimeout(timer);
          pair.waiting.delete(value);
          if (at === null) unseen += 1;
          else {
            latencies.push(at - sent);
            lastSeen = Math.max(lastSeen, at);
          }
        })(),
      );
    }
    await Promise.all(writes);
    const loadAfter = load();
    // Achieved: completed writes over the time from the first send to the last completion; below the offered
    // rate, the server fell behind.
    const achieved = latencies.length / ((lastSeen - start) / 1000);
    const saved = saveTimes.length / ((lastSaved - start) / 1000);
    latencies.sort((a, b) => a - b);
    saveTimes.sort((a, b) => a - b);

    console.log(
      `\nwrites: ${total} sent, ${latencies.length} seen by the helper (${superseded} of them superseded by the pair's next write before showing), ${refused} saves refused or failed, ${unseen} not seen within ${SEEN_TIMEOUT_MS / 1000} s`,
    );
    console.log(`achieved: ${saved.toFixed(1)} saves/s answered, ${achieved.toFixed(1)} writes/s seen by helpers (offered ${rate}/s)`);
    console.log(`load average 1 min: ${loadBefore} before, ${loadAfter} after`);
    console.log(`person's save answered: p50 ${ms(percentile(saveTimes, 50))} ms, p95 ${ms(percentile(saveTimes, 95))} ms, p99 ${ms(percentile(saveTimes, 99))} ms`);
    const closed = all.filter((pair) => pair.streamClosed).length;
    if (closed > 0) console.log(`${closed} helper streams closed during the run`);
    console.log("\nperson write -> helper screen:\n");
    printTable(
      ["database", "pairs", "offered/s", "achieved/s", "p50", "p95", "p99", "max", "load 1 min (after)"],
      [
        [
          `${databaseUrl ? "PostgreSQL" : "embedded PGlite"}${second ? ", 2 instances" : ""}`,
          all.length,
          rate,
          achieved.toFixed(1),
          `${ms(percentile(latencies, 50))} ms`,
          `${ms(percentile(latencies, 95))} ms`,
          `${ms(percentile(latencies, 99))} ms`,
          `${ms(latencies.at(-1) ?? Number.NaN)} ms`,
          loadAfter,
        ],
      ],
    );
  } finally {
    streams.abort();
    await Promise.all([server.stop(), second?.stop()]);
  }
}

void main().then(() => process.exit(0));
