// Reading what the server holds, the way another device would: with the resume code.
import { expect, type APIRequestContext } from "@playwright/test";

export async function serverAnswers(request: APIRequestContext, code: string, client = `test-${crypto.randomUUID()}`) {
  const response = await request.post("/api/v1/resume", { data: { code }, headers: { "x-forwarded-for": client } });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { entries: Record<string, { value: unknown }> };
  return Object.fromEntries(Object.entries(body.entries).filter(([, e]) => e.value !== null).map(([id, e]) => [id, e.value]));
}
