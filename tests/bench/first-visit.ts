// What a first visit costs over the network, until the service worker is installed and the page is ready offline:
// every byte the page and the service worker receive (bodies as sent, compressed, plus headers), then what opening
// a second language adds. Figures only, nothing asserted. `npm run bench:first-visit` after `npm run build`.
import { chromium, type BrowserContext, type Request } from "@playwright/test";
import { describeMachine, median, printTable } from "./support/report";
import { startApp } from "./support/servers";

const RUNS = 3;

async function bytesOf(request: Request): Promise<number> {
  const sizes = await request.sizes().catch(() => null);
  return sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0;
}

/** Counts bytes received by the context (its pages and its service worker) from now on. */
function meter(context: BrowserContext) {
  const pending: Array<Promise<{ bytes: number; worker: boolean }>> = [];
  context.on("requestfinished", (request) => {
    pending.push(bytesOf(request).then((bytes) => ({ bytes, worker: request.serviceWorker() !== null })));
  });
  return async () => {
    const done = await Promise.all(pending.splice(0));
    return {
      total: done.reduce((sum, r) => sum + r.bytes, 0),
      worker: done.filter((r) => r.worker).reduce((sum, r) => sum + r.bytes, 0),
      requests: done.length,
    };
  };
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);

async function main() {
  console.log(describeMachine());
  const app = await startApp("", "relais");
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--headless"] });
  const first: number[] = [];
  const worker: number[] = [];
  const requests: number[] = [];
  const second: number[] = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext({ baseURL: app.url });
      const read = meter(context);
      const page = await context.newPage();
      await page.goto("/fr");
      // Installed and in charge: everything the first visit downloads for offline use has arrived.
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) {
          await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener("controllerchange", () => resolve(), { once: true }));
        }
      });
      await page.waitForLoadState("networkidle");
      const visit = await read();
      first.push(visit.total);
      worker.push(visit.worker);
      requests.push(visit.requests);
      // Switching language: the page in Arabic, then that language's pages for offline use.
      await page.goto("/ar");
      await page.waitForLoadState("networkidle");
      await page.waitForTimeout(3000);
      await page.waitForLoadState("networkidle");
      second.push((await read()).total);
      await context.close();
    }
  } finally {
    await browser.close();
    await app.stop();
  }
  printTable(
    ["figure (median of " + RUNS + ")", "MB", "requests"],
    [
      ["first visit of /fr until the service worker is installed", mb(median(first)), median(requests)],
      ["  of which the service worker's own downloads", mb(median(worker)), "-"],
      ["then opening /ar (its pages cached for offline)", mb(median(second)), "-"],
    ],
  );
}

void main();
