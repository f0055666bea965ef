// Browser tests in Debian's Chromium on a phone-sized screen, against the production build on its own port and data.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { HELP_PING_MS } from "./tests/e2e/support/helpStreams";

const port = Number(process.env.E2E_PORT ?? 3210);
// Fresh embedded database for every run, so tests never depend on what an earlier run left.
const dataDir = process.env.RELAIS_DATA_DIR ?? mkdtempSync(path.join(tmpdir(), "relais-e2e-"));

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  timeout: 120_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices["Pixel 5"],
    // Pixel 5's defaults without its mobile user agent download hint; Chromium is the system one.
    browserName: "chromium",
    locale: "fr-FR",
    // Installing the service worker precaches every page (7.5 MB): only the specs about it allow it
    // (test.use({ serviceWorkers: "allow" })), the others see a browser where registration does nothing.
    serviceWorkers: "block",
    trace: "off",
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  // update.spec.ts and server-restart.spec.ts start servers of their own (support/ownServer.ts), on E2E_PORT + 8 and + 9.
  projects: [{ name: "phone" }],
  webServer: {
    // The agencies files are sent to are data: written first, as `npm run staff -- add-agency` would.
    command: `node --conditions=react-server --import tsx tests/e2e/support/seed.ts && node_modules/.bin/next start -p ${port}`,
    url: `http://127.0.0.1:${port}/fr`,
    reuseExistingServer: false,
    timeout: 180_000,
    // The browser tests always run on the embedded database; PostgreSQL is covered by tests/integration.
    // The tests tell clients apart with X-Forwarded-For, as a reverse proxy on this machine would; the whole suite
    // comes from one address, so the per-client creation and sending limits (tested in node) are raised.
    env: {
      RELAIS_DATA_DIR: dataDir,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: "",
      RELAIS_TRUSTED_PROXIES: "127.0.0.1, ::1",
      RELAIS_DRAFTS_PER_CLIENT: "100000",
      RELAIS_SENDS_PER_CLIENT: "100000",
      // Live help pings idle streams every second instead of every 15 s (help-streams.spec.ts idles through several).
      RELAIS_HELP_PING_MS: String(HELP_PING_MS),
    },
  },
});
