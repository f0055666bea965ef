// Starts and stops the `next start` servers a bench needs: each on a free port, the app with a data folder of its own.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

/** The project's root, found from this file so the benches run from any working directory. */
const projectRoot = path.resolve(__dirname, "../../..");
const nextBin = path.join(projectRoot, "node_modules/.bin/next");

export interface RunningServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
/** Data folders of apps still running, removed at exit even when the bench is interrupted. */
const dataDirs = new Set<string>();

/** Kills a server's whole process group: `next start` may spawn children, and none must outlive the bench. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

// Ctrl-C, a thrown error or a normal exit: every server this process started goes with it, by its own group id.
let handlersInstalled = false;
function installHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on("exit", () => {
    for (const child of running) killGroup(child, "SIGKILL");
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      console.error(`\n${signal}: stopping the servers this bench started`);
      process.exit(130);
    });
  }
  process.on("uncaughtException", (error) => {
    console.error(error);
    process.exit(1);
  });
  process.on("unhandledRejection", (error) => {
    console.error(error);
    process.exit(1);
  });
}

/** A port nobody listens on now (the kernel picks it), so benches do not collide with a dev server or each other. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Whether `dir` holds a production build (`next build` writes BUILD_ID last). */
const hasBuild = (dir: string) => existsSync(path.join(dir, ".next", "BUILD_ID"));

export const bareDir = path.join(projectRoot, "tests/bench/bare");
const mtime = (file: string) => (existsSync(file) ? statSync(file).mtimeMs : Number.POSITIVE_INFINITY);

/**
 * Builds the bare baseline app (the same Next.js, nothing of the project's) once; again only when its sources or
 * the installed Next.js are newer than the build.
 */
export function ensureBareBuild() {
  const built = existsSync(path.join(bareDir, ".next/BUILD_ID")) ? statSync(path.join(bareDir, ".next/BUILD_ID")).mtimeMs : 0;
  const sources = ["app/api/bare/route.js", "app/layout.js", "app/q/[n]/page.js", "next.config.mjs"].map((f) => path.join(bareDir, f));
  const newest = Math.max(...sources.map(mtime), mtime(path.join(projectRoot, "node_modules/next/package.json")));
  if (built > newest) return;
  console.log("Building the bare app once (tests/bench/bare/.next, reused by later runs)…");
  execFileSync(nextBin, ["build", bareDir], {
    cwd: bareDir,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
}

/**
 * `next start` on `dir`. Ready when `readyPath` answers below 500: a 404 counts, since an older build may not
 * have the route yet, and the caller's first real request then proves the rest.
 */
export async function startNext(options: { dir: string; env?: Record<string, string>; readyPath: string; label: string }): Promise<RunningServer> {
  installHandlers();
  const port = await freePort();
  const child = spawn(nextBin, ["start", options.dir, "-p", String(port), "-H", "127.0.0.1"], {
    cwd: options.dir,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...options.env },
    // Its own process group, so one kill reaches every process it starts.
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
  });
  running.add(child);
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${options.label} exited (${child.exitCode}) before answering:\n${stderr}`);
    const status = await fetch(url + options.readyPath, { signal: AbortSignal.timeout(2000) }).then(
      (response) => response.status,
      () => 0,
    );
    // 0: not listening yet; 5xx: listening, not ready (the health route answers 503 until the database is up).
    if (status > 0 && status < 500) break;
    if (Date.now() > deadline) {
      killGroup(child, "SIGKILL");
      throw new Error(`${options.label} was not ready on ${url} within 180 s (last status ${status}):\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    pid: child.pid!,
    async stop() {
      if (!running.has(child)) return;
      const exited = new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once("exit", () => resolve())));
      killGroup(child, "SIGTERM");
      // A server that does not stop within 5 s is killed: the bench must not leave one behind.
      const timer = setTimeout(() => killGroup(child, "SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
      running.delete(child);
    },
  };
}

/**
 * The project's built app on its own port and data folder: embedded PGlite by default, PostgreSQL when a URL
 * is given. The data folder is removed when the app stops.
 */
export async function startApp(databaseUrl: string, label = "app"): Promise<RunningServer & { dataDir: string }> {
  if (!hasBuild(projectRoot)) {
    console.error(`No production build in ${projectRoot}/.next: run \`npm run build\` first.`);
    process.exit(1);
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), "relais-bench-"));
  dataDirs.add(dataDir);
  const server = await startNext({
    dir: projectRoot,
    // One machine plays every client: tell them apart by X-Forwarded-For from loopback, without per-client caps.
    env: { RELAIS_DATA_DIR: dataDir, DATABASE_URL: databaseUrl, RELAIS_TRUSTED_PROXIES: "127.0.0.1, ::1", RELAIS_DRAFTS_PER_CLIENT: "1000000", RELAIS_SENDS_PER_CLIENT: "1000000" },
    readyPath: "/api/health",
    label,
  });
  return {
    ...server,
    dataDir,
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
      dataDirs.delete(dataDir);
    },
  };
}
