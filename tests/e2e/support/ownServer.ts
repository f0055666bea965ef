// A server of the test's own (port and data folder, and if need be its own copy of the build), that the test can kill
// and start again. It is stopped by its own process group id, never by name.
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** A port of its own for a spec, next to the suite's (E2E_PORT), so suites run side by side on one machine. */
export const portBeside = (offset: number) => Number(process.env.E2E_PORT ?? 3210) + offset;

/**
 * A copy of the production build in a folder of its own (`.next` without its cache, `public`, and what `next start`
 * reads), for a test that changes what the server serves: the build every other test uses is never touched, even if
 * the test is killed half-way. `remove()` deletes it.
 */
export function aCopyOfTheBuild(): { dir: string; remove: () => void } {
  const root = process.cwd();
  const dir = mkdtempSync(path.join(tmpdir(), "relais-build-"));
  const cache = path.join(root, ".next", "cache");
  cpSync(path.join(root, ".next"), path.join(dir, ".next"), { recursive: true, filter: (source) => source !== cache });
  cpSync(path.join(root, "public"), path.join(dir, "public"), { recursive: true });
  for (const file of ["package.json", "next.config.ts", "tsconfig.json"]) copyFileSync(path.join(root, file), path.join(dir, file));
  // Only read from: the packages the server loads at run time.
  symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export class OwnServer {
  private child: ChildProcess | null = null;
  readonly dataDir = mkdtempSync(path.join(tmpdir(), "relais-own-"));

  /**
   * `databaseUrl`: PostgreSQL instead of the embedded database (the benchmark runs both).
   * `buildDir`: the folder holding the build to serve (by default, the one the tests run from).
   */
  constructor(
    readonly port: number,
    private readonly databaseUrl = "",
    private readonly buildDir = process.cwd(),
  ) {}

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  async start() {
    this.child = spawn(path.resolve("node_modules/.bin/next"), ["start", "-p", String(this.port)], {
      cwd: this.buildDir,
      env: { ...process.env, RELAIS_DATA_DIR: this.dataDir, DATABASE_URL: this.databaseUrl, NEXT_TELEMETRY_DISABLED: "1", RELAIS_TRUSTED_PROXIES: "127.0.0.1, ::1" },
      detached: true,
      stdio: "ignore",
    });
    for (let i = 0; i < 120; i += 1) {
      try {
        if ((await fetch(`${this.url}/api/v1/drafts/x`)).status === 404) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error("own server did not start");
  }

  /** Kills the whole process group at once, as a crash or a power cut would. */
  kill() {
    const pid = this.child?.pid;
    this.child = null;
    if (!pid) return;
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // The group is already gone (the server exited on its own).
    }
  }
}
