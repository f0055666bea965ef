// A server of the test's own (port and data folder), that the test can kill and start again.
// It is stopped by its own process group id, never by name.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export class OwnServer {
  private child: ChildProcess | null = null;
  readonly dataDir = mkdtempSync(path.join(tmpdir(), "relais-own-"));

  /** `databaseUrl`: PostgreSQL instead of the embedded database (the benchmark runs both). */
  constructor(
    readonly port: number,
    private readonly databaseUrl = "",
  ) {}

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  async start() {
    this.child = spawn("node_modules/.bin/next", ["start", "-p", String(this.port)], {
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
