// From Continue to the next question's heading, on a throttled phone (CPU 4× slower, 1.6 Mbps down, 750 kbps up,
// 150 ms round trip), next to a bare multi-page Next.js app (tests/bench/bare: prerendered pages, a heading and a
// Continue link) in the same run, alternating bare and app so a burst of noise on the machine hits both.
// The app's questions are those of a file put on the server and opened on the device (nothing typed, so what is
// measured is the move, not the save). Also counts the requests each Continue makes after the press.
// Figures only, nothing asserted. `npm run bench:continue` after `npm run build`.
import { chromium, type Browser, type Page } from "@playwright/test";
import { questionnaire } from "@/lib/questionnaire/definition";
import { visibleQuestions } from "@/lib/questionnaire/engine";
import { awa } from "@/tests/fixtures/people";
import { aDraftOnTheServer, resumeOnThisDevice } from "@/tests/e2e/support/drafts";
import { questionLabel, text } from "@/tests/e2e/support/texts";
import { describeMachine, load, ms, percentile, printTable } from "./support/report";
import { bareDir, ensureBareBuild, startApp, startNext } from "./support/servers";

const MOVES = 10;
const ROUNDS = 3;
const PHONE = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, offline: false };

interface Sample {
  ms: number;
  requests: number;
}

/** A phone-sized page whose CPU and network are throttled through the DevTools protocol. */
async function phonePage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 393, height: 851 }, isMobile: true, hasTouch: true, serviceWorkers: "block" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", PHONE);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  return page;
}

/** Presses `press` and measures, in the page's own clock, until the heading reads `heading`. */
async function move(page: Page, press: () => Promise<void>, heading: string): Promise<Sample> {
  let requests = 0;
  const count = () => (requests += 1);
  await page.evaluate(() => {
    const w = window as unknown as { pressedAt: number };
    w.pressedAt = 0;
    document.addEventListener("click", () => (w.pressedAt = performance.now()), { capture: true, once: true });
  });
  page.on("request", count);
  await press();
  const handle = await page.waitForFunction(
    (expected) => {
      const h1 = document.querySelector("h1");
      return h1?.textContent?.includes(expected) ? performance.now() - (window as unknown as { pressedAt: number }).pressedAt : false;
    },
    heading,
    { polling: "raf", timeout: 60_000 },
  );
  page.off("request", count);
  return { ms: (await handle.jsonValue()) as number, requests };
}

async function appRound(browser: Browser, url: string): Promise<Sample[]> {
  const page = await phonePage(browser, url);
  try {
    const draft = await aDraftOnTheServer(page.request, awa);
    await resumeOnThisDevice(page, "fr", draft.resumeCode);
    const asked = visibleQuestions(questionnaire, awa).slice(1, MOVES + 2);
    await page.goto(`/fr/questions/${asked[0]!.id}`);
    await page.getByRole("heading", { level: 1, name: questionLabel("fr", asked[0]!) }).waitFor();
    const samples: Sample[] = [];
    for (const next of asked.slice(1)) {
      const button = page.getByRole("button", { name: text("fr", "continue") });
      samples.push(await move(page, () => button.click(), questionLabel("fr", next)));
    }
    return samples;
  } finally {
    await page.context().close();
  }
}

async function bareRound(browser: Browser, url: string): Promise<Sample[]> {
  const page = await phonePage(browser, url);
  try {
    await page.goto("/q/1");
    await page.getByRole("heading", { level: 1, name: "Question 1" }).waitFor();
    const samples: Sample[] = [];
    for (let n = 2; n <= MOVES + 1; n += 1) {
      const link = page.getByRole("link", { name: "Continuer" });
      samples.push(await move(page, () => link.click(), `Question ${n}`));
    }
    return samples;
  } finally {
    await page.context().close();
  }
}

function summary(samples: Sample[]) {
  const times = samples.map((s) => s.ms).sort((a, b) => a - b);
  const requests = samples.map((s) => s.requests).sort((a, b) => a - b);
  return { median: percentile(times, 50), p95: percentile(times, 95), requests: percentile(requests, 50) };
}

async function main() {
  console.log(describeMachine());
  ensureBareBuild();
  const [app, bare] = await Promise.all([startApp(""), startNext({ dir: bareDir, readyPath: "/q/1", label: "bare app" })]);
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--headless"] });
  const all = { app: [] as Sample[], bare: [] as Sample[] };
  const loads: string[] = [];
  try {
    // Warm-up, not reported: the servers' first renders and the browser's caches of compiled scripts.
    await bareRound(browser, bare.url);
    await appRound(browser, app.url);
    for (let round = 0; round < ROUNDS; round += 1) {
      all.bare.push(...(await bareRound(browser, bare.url)));
      all.app.push(...(await appRound(browser, app.url)));
      loads.push(load());
    }
  } finally {
    await browser.close();
    await Promise.all([app.stop(), bare.stop()]);
  }
  const bareFigures = summary(all.bare);
  const appFigures = summary(all.app);
  console.log(`\nContinue → next heading, throttled phone (CPU 4×, 1.6 Mbps / 750 kbps / 150 ms), ${ROUNDS} × ${MOVES} moves each; load after each round ${loads.join(", ")}\n`);
  printTable(
    ["", "median ms", "p95 ms", "requests after the press (median)", "median / bare"],
    [
      ["bare Next app", ms(bareFigures.median), ms(bareFigures.p95), bareFigures.requests, "1.0"],
      ["Relais", ms(appFigures.median), ms(appFigures.p95), appFigures.requests, (appFigures.median / bareFigures.median).toFixed(2)],
    ],
  );
}

void main().then(() => process.exit(0));
