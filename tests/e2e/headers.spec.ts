// Security headers on pages, the API and the service worker, and a Content-Security-Policy that blocks nothing the
// app does: a whole file in French and in Arabic, and a page reloaded offline from the service worker's copy.
import { expect, test, type Page } from "@playwright/test";
import { awa } from "@/tests/fixtures/people";
import { paris11 } from "@/tests/fixtures/agencies";
import { chooseAgencyAndSend, waitForOfflineReady, walkToCheck } from "./support/journey";
import { questionLabel, text } from "./support/texts";
import { questionnaire } from "@/lib/questionnaire/definition";
import { findQuestion } from "@/lib/questionnaire/engine";

const EVERYWHERE = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
  "x-frame-options": "DENY",
};

function expectSecurityHeaders(headers: Record<string, string>, where: string) {
  for (const [name, value] of Object.entries(EVERYWHERE)) expect(headers[name], `${name} on ${where}`).toBe(value);
  expect(headers["permissions-policy"], where).toContain("camera=()");
  expect(headers["permissions-policy"], where).toContain("microphone=()");
  const policy = headers["content-security-policy"] ?? "";
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'", "connect-src 'self'"]) {
    expect(policy, `${directive} on ${where}`).toContain(directive);
  }
  const scripts = /script-src ([^;]*)/.exec(policy)?.[1] ?? "";
  expect(scripts, where).not.toContain("'unsafe-inline'");
  expect(scripts, where).not.toContain("'unsafe-eval'");
  // Served over plain HTTP here: HSTS would be ignored by browsers, and is not sent.
  expect(headers["strict-transport-security"], where).toBeUndefined();
}

test("pages, API answers and the service worker carry the security headers", async ({ request }) => {
  const page = await request.get("/fr/questions/first-name");
  expectSecurityHeaders(page.headers(), "a page");
  expect(page.headers()["content-security-policy"]).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);

  const health = await request.get("/api/health");
  expectSecurityHeaders(health.headers(), "the API");
  expect(health.headers()["cache-control"]).toBe("no-store, no-transform");

  const refused = await request.post("/api/v1/resume", { headers: { "Content-Type": "text/plain; x=application/json" }, data: "{}" });
  expect(refused.status()).toBe(415);
  expect(refused.headers()["cache-control"]).toBe("no-store, no-transform");

  // A join answer carries a helper token; the handler sets no cache policy of its own.
  const join = await request.post("/api/v1/help/join", { data: { code: "ZZZZZZZZ", helper: { role: "volunteer", name: "Eve" }, lang: "fr" } });
  expect(join.status()).toBe(404);
  expect(join.headers()["cache-control"]).toBe("no-store, no-transform");

  const method = await request.delete("/api/v1/resume");
  expect(method.status()).toBe(405);
  expect(method.headers()["allow"]).toBe("POST, OPTIONS");

  const worker = await request.get("/sw.js");
  expectSecurityHeaders(worker.headers(), "the service worker");
});

test("HSTS is sent when the request reached the server over HTTPS", async ({ request }) => {
  // Behind no trusted proxy, only the request's own scheme counts; Next reads it from X-Forwarded-Proto too,
  // which a client could send, but HSTS over plain HTTP is ignored by browsers, so nothing is gained by lying.
  const page = await request.get("/fr", { headers: { "X-Forwarded-Proto": "https" } });
  expect(page.headers()["strict-transport-security"]).toBe("max-age=31536000");
  expect(page.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
});

/** Collects policy violations (from the page's start, before any script of the app runs) and console errors. */
async function watchForViolations(page: Page) {
  await page.addInitScript(() => {
    const found: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = found;
    document.addEventListener("securitypolicyviolation", (event) => found.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`));
  });
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  return async () => {
    const violations = await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);
    return { violations, policyErrors: errors.filter((e) => /Content.Security.Policy|Permissions.Policy|Refused to/i.test(e)) };
  };
}

for (const lang of ["fr", "ar"] as const) {
  test(`a whole file in ${lang} runs without a single policy violation`, async ({ page }) => {
    const check = await watchForViolations(page);
    await page.goto(`/${lang}`);
    await page.getByRole("link", { name: text(lang, "start.button") }).click();
    await page.waitForURL(/\/questions\//);
    // Every question and the check page, each checked before leaving it (a violation list lives with its document).
    await walkToCheck(page, lang, awa, async () => expect(await check()).toEqual({ violations: [], policyErrors: [] }));
    expect(await check()).toEqual({ violations: [], policyErrors: [] });
    expect((await chooseAgencyAndSend(page, lang, paris11)).status()).toBe(201);
    await expect(page.getByRole("heading", { level: 1, name: text(lang, "confirmation.title") })).toBeVisible();
    expect(await check()).toEqual({ violations: [], policyErrors: [] });
    // The screens around the file: help (the join code's QR is inline SVG), resume, history, kiosk.
    for (const screen of ["help", "resume", "history", "kiosk", "accessibility"]) {
      await page.goto(`/${lang}/${screen}`);
      await page.waitForLoadState("networkidle");
      expect(await check(), screen).toEqual({ violations: [], policyErrors: [] });
    }
  });
}

test("a question reloaded offline comes from the service worker, with its policy, and runs", async ({ page, context }) => {
  const check = await watchForViolations(page);
  await page.goto("/fr");
  await waitForOfflineReady(page);
  const first = findQuestion(questionnaire, "filling-mode")!;
  await page.goto("/fr/questions/filling-mode");
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: questionLabel("fr", first) })).toBeVisible();
  // Hydrated (its scripts ran): the offline banner is rendered by the app, not by the HTML.
  await expect(page.getByText(text("fr", "connection.offline"))).toBeVisible();
  expect(await check()).toEqual({ violations: [], policyErrors: [] });
  // The copy kept by the service worker carries the policy the server sent for that very page.
  const kept = await page.evaluate(async () => (await caches.match("/fr/questions/filling-mode", { ignoreSearch: true }))?.headers.get("content-security-policy") ?? null);
  expect(kept).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  await context.setOffline(false);
});
