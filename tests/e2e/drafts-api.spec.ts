// The drafts API refuses bad drafts with a 4xx and a reason, changes nothing when it does, and limits guessing.
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";

const token = () => crypto.randomUUID().replace(/-/g, "");

async function aRegisteredDraft(request: APIRequestContext) {
  const id = crypto.randomUUID();
  const secret = token();
  const response = await request.put(`/api/v1/drafts/${id}`, { data: { token: secret } });
  expect(response.status()).toBe(201);
  const { resumeCode } = (await response.json()) as { resumeCode: string };
  const headers = { Authorization: `Bearer ${secret}` };
  return { id, headers, resumeCode, answers: `/api/v1/drafts/${id}/answers` };
}

test("a draft's answers are stored per question, newest change first", async ({ request }) => {
  const draft = await aRegisteredDraft(request);
  const push = (changes: unknown[]) => request.post(draft.answers, { headers: draft.headers, data: { changes } });
  expect((await push([{ questionId: "first-name", value: "Awa", changedAt: 2000 }])).status()).toBe(200);
  const older = await push([{ questionId: "first-name", value: "Old", changedAt: 1000 }]);
  expect((await older.json()).entries["first-name"]).toEqual({ value: "Awa", changedAt: 2000 });
  const read = await request.get(`/api/v1/drafts/${draft.id}`, { headers: draft.headers });
  expect((await read.json()).entries).toEqual({ "first-name": { value: "Awa", changedAt: 2000 } });
});

test("bad drafts get a 4xx with a reason and change nothing", async ({ request }) => {
  const draft = await aRegisteredDraft(request);
  const valid = { questionId: "first-name", value: "Awa", changedAt: 1 };
  const post = (data: unknown, headers: Record<string, string> = {}) => request.post(draft.answers, { headers: { ...draft.headers, ...headers }, data });
  const cases: Array<{ name: string; send: () => Promise<APIResponse>; status: number; error: string }> = [
    { name: "wrong type", send: () => post({ changes: [valid, { questionId: "languages", value: 42, changedAt: 1 }] }), status: 422, error: "invalid-answers" },
    { name: "unknown question id", send: () => post({ changes: [valid, { questionId: "shoe-size", value: "42", changedAt: 1 }] }), status: 422, error: "invalid-answers" },
    { name: "1 MB payload", send: () => post({ changes: [{ ...valid, value: "x".repeat(1024 * 1024) }] }), status: 413, error: "payload-too-large" },
    { name: "malformed JSON", send: () => request.post(draft.answers, { headers: { ...draft.headers, "content-type": "application/json" }, data: Buffer.from('{"changes": [') }), status: 400, error: "malformed-json" },
    { name: "no changes", send: () => post({ changes: [] }), status: 400, error: "invalid-request" },
    { name: "negative time", send: () => post({ changes: [{ ...valid, changedAt: -5 }] }), status: 400, error: "invalid-request" },
    { name: "extra fields", send: () => post({ changes: [valid], admin: true }), status: 400, error: "invalid-request" },
    { name: "no token", send: () => request.post(draft.answers, { data: { changes: [valid] } }), status: 401, error: "missing-token" },
    { name: "someone else's token", send: () => post({ changes: [valid] }, { Authorization: `Bearer ${token()}` }), status: 404, error: "unknown-draft" },
    { name: "not a draft id", send: () => request.post("/api/v1/drafts/not-a-uuid/answers", { headers: draft.headers, data: { changes: [valid] } }), status: 404, error: "unknown-draft" },
  ];
  for (const c of cases) {
    const response = await c.send();
    expect(response.status(), c.name).toBe(c.status);
    expect((await response.json()).error, c.name).toBe(c.error);
  }
  const read = await request.get(`/api/v1/drafts/${draft.id}`, { headers: draft.headers });
  expect((await read.json()).entries).toEqual({});
  const wrongType = await post({ changes: [{ questionId: "languages", value: 42, changedAt: 1 }] });
  expect((await wrongType.json()).problems).toEqual([{ question: "languages", error: "choice.unknown" }]);
});

test("a draft id cannot be taken over by registering it again with another token", async ({ request }) => {
  const draft = await aRegisteredDraft(request);
  const again = await request.put(`/api/v1/drafts/${draft.id}`, { data: { token: token() } });
  expect(again.status()).toBe(409);
});

test("guessing resume codes is stopped after ten wrong tries, for that client only", async ({ request }) => {
  const draft = await aRegisteredDraft(request);
  const guesser = { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250)}-${crypto.randomUUID()}` };
  for (let i = 0; i < 10; i += 1) {
    const wrong = await request.post("/api/v1/resume", { headers: guesser, data: { code: `ZZZZ-ZZZZ-ZZ${String(i).padStart(2, "0")}` } });
    expect(wrong.status()).toBe(404);
    expect((await wrong.json()).error).toBe("unknown-code");
  }
  const blocked = await request.post("/api/v1/resume", { headers: guesser, data: { code: draft.resumeCode } });
  expect(blocked.status()).toBe(429);
  expect(blocked.headers()["retry-after"]).toBe("600");
  const someoneElse = await request.post("/api/v1/resume", { headers: { "x-forwarded-for": `203.0.113.${crypto.randomUUID()}` }, data: { code: draft.resumeCode } });
  expect(someoneElse.status()).toBe(200);
});

test("each language has an installable manifest that opens the app in that language", async ({ request, page }) => {
  for (const lang of ["fr", "en", "ar"]) {
    const response = await request.get(`/${lang}/manifest.webmanifest`);
    expect(response.status()).toBe(200);
    const manifest = await response.json();
    expect(manifest).toMatchObject({ start_url: `/${lang}`, lang, display: "standalone", short_name: "Relais" });
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    for (const icon of manifest.icons) expect((await request.get(icon.src)).status()).toBe(200);
  }
  await page.goto("/ar");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/ar/manifest.webmanifest");
});

test("guessing join codes is refused after ten wrong tries, and a correct code only asks the person", async ({ request }) => {
  const draft = await aRegisteredDraft(request);
  const opened = await request.post(`/api/v1/drafts/${draft.id}/help`, { headers: draft.headers, data: {} });
  expect(opened.status()).toBe(201);
  const { joinCode, sessionId } = (await opened.json()) as { joinCode: string; sessionId: string };
  const helper = { role: "volunteer", name: "Fatou" };
  const guesser = { "x-forwarded-for": `192.0.2.${crypto.randomUUID()}` };
  for (let i = 0; i < 10; i += 1) {
    const wrong = await request.post("/api/v1/help/join", { headers: guesser, data: { code: `ZZZZZZ${String.fromCharCode(65 + i)}A`, helper, lang: "fr" } });
    expect(wrong.status()).toBe(404);
  }
  expect((await request.post("/api/v1/help/join", { headers: guesser, data: { code: joinCode, helper, lang: "fr" } })).status()).toBe(429);

  const joined = await request.post("/api/v1/help/join", { headers: { "x-forwarded-for": `192.0.2.${crypto.randomUUID()}` }, data: { code: joinCode, helper, lang: "fr" } });
  expect(joined.status()).toBe(201);
  const { helperToken } = (await joined.json()) as { helperToken: string };
  // Until the person accepts, the helper can neither write nor change who types.
  const write = await request.post(`/api/v1/help/${sessionId}/answers`, {
    headers: { Authorization: `Bearer ${helperToken}` },
    data: { changes: [{ questionId: "first-name", value: "Awa", changedAt: 1 }] },
  });
  expect(write.status()).toBe(409);
  expect((await request.post(`/api/v1/help/${sessionId}/mode`, { headers: { Authorization: `Bearer ${helperToken}` }, data: { mode: "helper-types" } })).status()).toBe(403);
  const read = await request.get(`/api/v1/drafts/${draft.id}`, { headers: draft.headers });
  expect((await read.json()).entries).toEqual({});
});
