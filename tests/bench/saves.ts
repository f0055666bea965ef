// Measures what one answer save costs on the built app, next to a bare Next.js route handler under the same load on the same machine. Prints figures; asserts nothing.
//
//   npm run build && npm run bench:saves -- [drafts=200] [seconds=10] [concurrencies=10,50]
// With BENCH_DATABASE_URL set, the app runs on PostgreSQL; else on embedded PGlite in a data folder of its own.
//
// The bare app (tests/bench/bare) parses the same JSON body and answers a JSON of the same shape, with no
// database and no validation: the ratio app/bare is what Relais adds to what the framework itself costs here.
// Runs alternate bare, app, bare, app at each concurrency, so a burst of noise on the machine hits both.
import { Api, newToken, type Device } from "./support/api";
import { driveSaves, type RunFigures } from "./support/load";
import { describeMachine, ms, printTable } from "./support/report";
import { bareDir, ensureBareBuild, startApp, startNext, type RunningServer } from "./support/servers";

const concurrencies = (process.argv[4] ?? "10,50").split(",").map(Number);
// Four drafts or more per connection: a draft then never has two saves in flight, as with one person per draft.
const draftCount = Number(process.argv[2] ?? Math.max(200, 4 * Math.max(...concurrencies)));
const seconds = Number(process.argv[3] ?? 10);
const databaseUrl = process.env.BENCH_DATABASE_URL ?? "";
async function registerAll(api: Api, count: number): Promise<Device[]> {
  const devices: Device[] = [];
  // In batches, so registration does not itself become a load test.
  for (let i = 0; i < count; i += 25) devices.push(...(await Promise.all(Array.from({ length: Math.min(25, count - i) }, () => api.register()))));
  return devices;
}

const pause = (msDelay: number) => new Promise((resolve) => setTimeout(resolve, msDelay));

async function main() {
  console.log(describeMachine());
  ensureBareBuild();
  const servers: RunningServer[] = [];
  try {
    const [app, bare] = await Promise.all([
      startApp(databaseUrl),
      startNext({ dir: bareDir, readyPath: "/api/bare", label: "bare app" }),
    ]);
    servers.push(app, bare);
    const api = await Api.detect(app.url);
    console.log(`app: pid ${app.pid}, ${databaseUrl ? "PostgreSQL (BENCH_DATABASE_URL)" : "embedded PGlite"}, contract: ${api.contract}`);
    console.log(`bare: pid ${bare.pid}, POST /api/bare`);
    const appDevices = await registerAll(api, draftCount);
    // The bare handler checks nothing: its drafts only need to exist in the bench, to build identical bodies.
    const bareDevices: Device[] = Array.from({ length: draftCount }, () => ({ draftId: crypto.randomUUID(), token: newToken(), revision: 0 }));
    console.log(`${appDevices.length} drafts registered; ${seconds} s per run; concurrency ${concurrencies.join(", ")}`);

    const bareRun = (concurrency: number, runSeconds: number) =>
      driveSaves({ target: "bare", url: bare.url, pathFor: () => "/api/bare", api, devices: bareDevices, concurrency, seconds: runSeconds });
    const appRun = (concurrency: number, runSeconds: number) =>
      driveSaves({ target: "app", url: app.url, pathFor: (d) => api.savePath(d), api, devices: appDevices, concurrency, seconds: runSeconds });

    // Warm-up, not reported: the JIT, the database's caches and the connection pools settle first.
    await bareRun(10, 3);
    await appRun(10, 3);

    const runs: RunFigures[] = [];
    for (const concurrency of concurrencies) {
      for (let round = 0; round < 2; round += 1) {
        for (const run of [bareRun, appRun]) {
          const figures = await run(concurrency, seconds);
          runs.push(figures);
          console.log(`  ${figures.target} c=${concurrency}: ${figures.requestsPerSecond.toFixed(0)} req/s, p99 ${ms(figures.p99)} ms (load ${figures.loadAfter})`);
          await pause(1000);
        }
      }
    }

    console.log("\nEach run (latency in ms; load = 1-minute load average / cores, before → after the run):\n");
    printTable(
      ["target", "concurrency", "req/s", "p50", "p95", "p99", "errors", "non-2xx", "load"],
      runs.map((r) => [r.target, r.concurrency, r.requestsPerSecond.toFixed(0), ms(r.p50), ms(r.p95), ms(r.p99), r.errors, r.non2xx, `${r.loadBefore} → ${r.loadAfter}`]),
    );
    const refused = runs.filter((r) => r.non2xx > 0);
    for (const r of refused) console.log(`  ${r.target} c=${r.concurrency} statuses: ${r.statuses}`);

    console.log("\nApp / bare (means of the runs at each concurrency):\n");
    const mean = (rows: RunFigures[], pick: (r: RunFigures) => number) => rows.reduce((sum, r) => sum + pick(r), 0) / rows.length;
    printTable(
      ["concurrency", "app req/s", "bare req/s", "throughput app/bare", "p50 app/bare", "p99 app/bare", "load after each run"],
      concurrencies.map((concurrency) => {
        const appRows = runs.filter((r) => r.target === "app" && r.concurrency === concurrency);
        const bareRows = runs.filter((r) => r.target === "bare" && r.concurrency === concurrency);
        const ratio = (pick: (r: RunFigures) => number) => (mean(appRows, pick) / mean(bareRows, pick)).toFixed(2);
        return [
          concurrency,
          mean(appRows, (r) => r.requestsPerSecond).toFixed(0),
          mean(bareRows, (r) => r.requestsPerSecond).toFixed(0),
          ratio((r) => r.requestsPerSecond),
          ratio((r) => r.p50),
          ratio((r) => r.p99),
          runs.filter((r) => r.concurrency === concurrency).map((r) => r.loadAfter.split("/")[0]).join(" "),
        ];
      }),
    );
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

void main().then(() => process.exit(0));
