// Reading what the server holds, the way another device would: with the resume code; and a server that refuses the
// device's answers for a while (a database outage).
import { expect, type APIRequestContext, type Page } from "@playwright/test";

const ANSWERS = "**/api/v1/drafts/*/answers";

/**
 * Every answer the page sends is refused with 503 (storage down) until the returned `accept` is called; `refused`
 * counts the tries.
 */
export async function refuseAnswers(page: Page) {
  let refused = 0;
  await page.route(ANSWERS, (route) => {
    refused += 1;
    return route.fulfill({ status: 503, headers: { "Retry-After": "5" }, contentType: "application/json", body: JSON.stringify({ error: "unavailable" }) });
  });
  return { refused: () => refused, accept: () => page.unroute(ANSWERS) };
}

export async function serverAnswers(request: APIRequestContext, code: string, client = `test-${crypto.randomUUID()}`) {
  const response = await request.post("/api/v1/resume", { data: { code }, headers: { "x-forwarded-for": client } });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { entries: Record<string, { value: unknown }> };
  return Object.fromEntries(Object.entries(body.entries).filter(([, e]) => e.value !== null).map(([id, e]) => [id, e.value]));
}
