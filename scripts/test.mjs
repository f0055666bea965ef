// `npm test`: every stage of the test command, each as its own npm script, in order. Stops at the first stage that
// fails, with its exit code, and always ends with how long each stage took (the slow stage is the one to look at).
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { constants } from "node:os";

/** [stage, npm script] in the order they run: the cheap checks first, the browser last. */
const STAGES = [
  ["typecheck", "typecheck"],
  ["lint", "lint"],
  ["knip", "knip"],
  ["unit", "test:unit"],
  ["integration", "test:integration"],
  ["build", "build"],
  ["e2e", "test:e2e"],
];

const scripts = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).scripts ?? {};

let running = null;

function run(script) {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", script], { stdio: "inherit" });
    running = child;
    child.on("error", () => resolve(127));
    // A stage killed by a signal fails as a shell reports it: 128 + the signal's number.
    child.on("exit", (code, signal) => resolve(code ?? 128 + (constants.signals[signal] ?? 0)));
  });
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function report(rows) {
  const width = Math.max(...STAGES.map(([stage]) => stage.length));
  const lines = rows.map(({ stage, result, ms }) => `  ${stage.padEnd(width)}  ${(ms === undefined ? "" : seconds(ms)).padStart(9)}  ${result}`);
  const total = rows.reduce((sum, row) => sum + (row.ms ?? 0), 0);
  console.log(["", "Test stages (wall time):", ...lines, `  ${"total".padEnd(width)}  ${seconds(total).padStart(9)}`, ""].join("\n"));
}

// Ctrl-C reaches the running stage too (the terminal signals the whole group); a SIGTERM sent to this process is passed
// on. Either way the stage stops, and the table still shows what ran and for how long.
process.on("SIGINT", () => {});
process.on("SIGTERM", () => running?.kill("SIGTERM"));

const rows = [];
let failed = 0;
for (const [stage, script] of STAGES) {
  if (failed) {
    rows.push({ stage, result: "not run" });
    continue;
  }
  if (!(script in scripts)) {
    rows.push({ stage, result: "skipped: no script" });
    continue;
  }
  const started = performance.now();
  const code = await run(script);
  rows.push({ stage, result: code === 0 ? "ok" : `failed (exit code ${code})`, ms: performance.now() - started });
  if (code !== 0) failed = code;
}
report(rows);
process.exit(failed);
