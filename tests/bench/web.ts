// Lighthouse (mobile, its default simulated throttling) on the app's pages next to a bare Next.js page of the same
// version (tests/bench/bare/app/q), interleaved bare, page, bare, page… so a burst of noise on the machine hits
// both; median of RUNS for each. Prints JavaScript transferred, largest contentful paint, total blocking time and
// the performance score, each with its ratio to the bare page of the same run. Figures only, nothing asserted.
// `npm run bench:web [runs=3]` after `npm run build`. The first visit's bytes are `bench:first-visit`, the move
// from one question to the next `bench:continue`.
import { chromium } from "@playwright/test";
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describeMachine, load, median, printTable } from "./support/report";
import { bareDir, ensureBareBuild, freePort, startApp, startNext } from "./support/servers";

const run = promisify(execFile);
const RUNS = Number(process.argv[2] ?? 3);
const PAGES = [
  ["start", "/fr"],
  ["a question", "/fr/questions/first-name"],
  ["check", "/fr/check"],
  ["helper", "/fr/aide"],
  ["a question in Arabic", "/ar/questions/first-name"],
] as const;

interface Figures {
  js: number;
  lcp: number;
  tbt: number;
  score: number;
}

const runner = path.join(__dirname, "support/lighthouse.mjs");

async function audit(url: string, port: number): Promise<Figures> {
  const { stdout } = await run(process.execPath, [runner, url, String(port)], { maxBuffer: 1 << 20 });
  const figures = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as Partial<Record<keyof Figures, number | null>>;
  return { js: figures.js ?? 0, lcp: figures.lcp ?? Number.NaN, tbt: figures.tbt ?? Number.NaN, score: figures.score ?? 0 };
}


function medians(runs: Figures[]): Figures {
  return { js: median(runs.map((r) => r.js)), lcp: median(runs.map((r) => r.lcp)), tbt: median(runs.map((r) => r.tbt)), score: median(runs.map((r) => r.score)) };
}

async function main() {
  console.log(describeMachine());
  ensureBareBuild();
  const [app, bare] = await Promise.all([startApp(""), startNext({ dir: bareDir, readyPath: "/q/1", label: "bare app" })]);
  const port = await freePort();
  // Lighthouse drives the browser through its debugging port; Playwright only starts Debian's Chromium.
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--headless", `--remote-debugging-port=${port}`],
  });
  const runs = new Map<string, { page: Figures[]; bare: Figures[] }>(PAGES.map(([name]) => [name, { page: [], bare: [] }]));
  const loads: string[] = [];
  try {
    // Warm-up, not reported: each server's first render of each page.
    for (const [, path] of PAGES) await fetch(app.url + path);
    await fetch(`${bare.url}/q/1`);
    for (let run = 0; run < RUNS; run += 1) {
      for (const [name, path] of PAGES) {
        const figures = runs.get(name);
        if (!figures) continue;
        figures.bare.push(await audit(`${bare.url}/q/1`, port));
        figures.page.push(await audit(app.url + path, port));
      }
      loads.push(load());
    }
  } finally {
    await browser.close();
    await Promise.all([app.stop(), bare.stop()]);
  }
  console.log(`\nLighthouse mobile (simulated throttling), median of ${RUNS}; load after each round ${loads.join(", ")}\n`);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  const s = (msValue: number) => `${(msValue / 1000).toFixed(1)} s`;
  const ratio = (value: number, reference: number) => (reference > 0 ? `${(value / reference).toFixed(2)}×` : "-");
  printTable(
    ["page", "JS", "JS / bare", "LCP", "LCP / bare", "TBT", "TBT / bare", "performance", "bare: JS, LCP, TBT, perf."],
    PAGES.map(([name, path]) => {
      const figures = runs.get(name);
      const page = medians(figures?.page ?? []);
      const reference = medians(figures?.bare ?? []);
      return [
        `${name} (${path})`,
        kb(page.js),
        ratio(page.js, reference.js),
        s(page.lcp),
        ratio(page.lcp, reference.lcp),
        `${page.tbt.toFixed(0)} ms`,
        ratio(page.tbt, reference.tbt),
        page.score,
        `${kb(reference.js)}, ${s(reference.lcp)}, ${reference.tbt.toFixed(0)} ms, ${reference.score}`,
      ];
    }),
  );
}

void main().then(() => process.exit(0));
