// Security headers on pages, the API and the service worker, and a Content-Security-Policy that blocks nothing the
// app does: each page's policy against its own inline scripts, and a page reloaded offline from the service worker's
// copy. (No violation on the way through a whole file: complete-file.spec.ts; on every screen, in every language:
// every-screen.spec.ts.)
import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import { locales } from "@/lib/i18n/settings";
import { questionnaire } from "@/lib/questionnaire/definition";
import { findQuestion } from "@/lib/questionnaire/engine";
import { waitForOfflineReady } from "./support/journey";
import { watchForViolations } from "./support/policy";
import { questionLabel, text } from "./support/texts";

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

test("every page's policy allows each of its own inline scripts, in every language", async ({ request }) => {
  // The browser checks the scripts it runs against the policy of the page it loaded: this is the same check on
  // every prerendered page at once (the browser tests reach most questions without loading them anew).
  const paths = [
    ...["", "/check", "/confirmation", "/my-file", "/deleted", "/help", "/aide", "/history", "/resume", "/kiosk", "/kiosk/end", "/offline"],
    ...["/accessibility", "/privacy", ...questionnaire.questions.filter((question) => !question.onScreenOf).map((question) => `/questions/${question.id}`)],
  ];
  for (const lang of locales) {
    await Promise.all(
      paths.map(async (path) => {
        const where = `/${lang}${path}`;
        const response = await request.get(where);
        expect(response.status(), where).toBe(200);
        const allowed = /script-src ([^;]*)/.exec(response.headers()["content-security-policy"] ?? "")?.[1] ?? "";
        const inline = [...(await response.text()).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes!));
        expect(inline.length, `inline scripts on ${where}`).toBeGreaterThan(0);
        for (const [, , body] of inline) expect(allowed, `an inline script of ${where}`).toContain(`'sha256-${createHash("sha256").update(body!, "utf8").digest("base64")}'`);
      }),
    );
  }
});

test("HSTS is sent when the request reached the server over HTTPS", async ({ request }) => {
  // Behind no trusted proxy, only the request's own scheme counts; Next reads it from X-Forwarded-Proto too,
  // which a client could send, but HSTS over plain HTTP is ignored by browsers, so nothing is gained by lying.
  const page = await request.get("/fr", { headers: { "X-Forwarded-Proto": "https" } });
  expect(page.headers()["strict-transport-security"]).toBe("max-age=31536000");
  expect(page.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
});

test.describe("with the service worker", () => {
  test.use({ serviceWorkers: "allow" });

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
});
