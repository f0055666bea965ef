// What Chromium downloads as scripts when a page is opened on a fresh device (no service worker), until the network
// is quiet: the bare Next page of the same version, then the app's start, a question, check and the helper's page.
// Prints each page's total and its 12 largest scripts (bodies as sent, gzipped). The README's bundle analysis.
import { chromium } from "@playwright/test";
import { bareDir, ensureBareBuild, startApp, startNext } from "./support/servers";

async function scriptsOf(url: string): Promise<Array<[string, number]>> {
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--headless"] });
  try {
    const page = await (await browser.newContext({ serviceWorkers: "block" })).newPage();
    const sizes: Array<Promise<[string, number]>> = [];
    page.on("requestfinished", (request) => {
      if (request.resourceType() === "script") sizes.push(request.sizes().then((s) => [new URL(request.url()).pathname.split("/").pop()!, s.responseBodySize]));
    });
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    return (await Promise.all(sizes)).sort((a, b) => b[1] - a[1]);
  } finally {
    await browser.close();
  }
}

async function main() {
  ensureBareBuild();
  const [app, bare] = await Promise.all([startApp(""), startNext({ dir: bareDir, readyPath: "/q/1", label: "bare" })]);
  try {
    for (const url of [`${bare.url}/q/1`, `${app.url}/fr`, `${app.url}/fr/questions/first-name`, `${app.url}/fr/check`, `${app.url}/fr/aide`]) {
      const scripts = await scriptsOf(url);
      console.log(`${url}: ${(scripts.reduce((sum, [, size]) => sum + size, 0) / 1024).toFixed(1)} KB`);
      for (const [name, size] of scripts.slice(0, 12)) console.log(`  ${(size / 1024).toFixed(1).padStart(6)} KB  ${name}`);
    }
  } finally {
    await app.stop();
    await bare.stop();
  }
}

void main().then(() => process.exit(0));
