// The server checks every file again with the same schemas and answers bad requests with a 4xx and a reason.
import { expect, test, type APIResponse } from "@playwright/test";
import { aCompleteFile } from "@/tests/fixtures/answers";

const url = "/api/v1/submissions";
const envelope = (answers: Record<string, unknown>) => ({ draftId: crypto.randomUUID(), consent: true, answers });

test("a complete file is stored and sending it again replaces it", async ({ request }) => {
  const body = envelope(aCompleteFile());
  const first = await request.post(url, { data: body });
  expect(first.status()).toBe(201);
  const again = await request.post(url, { data: body });
  expect(again.status()).toBe(201);
  expect((await again.json()).id).toBe((await first.json()).id);
});

test("bad files are refused with a reason and never a server error", async ({ request }) => {
  const cases: Array<{ name: string; send: () => Promise<APIResponse>; status: number; error: string }> = [
    { name: "malformed JSON", send: () => request.post(url, { headers: { "content-type": "application/json" }, data: Buffer.from("{ not json") }), status: 400, error: "malformed-json" },
    { name: "not JSON at all", send: () => request.post(url, { headers: { "content-type": "text/plain" }, data: Buffer.from("hello") }), status: 415, error: "expected-json" },
    { name: "1 MB payload", send: () => request.post(url, { data: envelope({ ...aCompleteFile(), "message-to-counsellor": "x".repeat(1024 * 1024) }) }), status: 413, error: "payload-too-large" },
    { name: "no consent", send: () => request.post(url, { data: { ...envelope(aCompleteFile()), consent: false } }), status: 400, error: "invalid-request" },
    { name: "unknown question", send: () => request.post(url, { data: envelope({ ...aCompleteFile(), "shoe-size": "42" }) }), status: 422, error: "invalid-answers" },
    { name: "wrong type", send: () => request.post(url, { data: envelope({ ...aCompleteFile(), languages: "FR" }) }), status: 422, error: "invalid-answers" },
    { name: "missing required answer", send: () => request.post(url, { data: envelope({ ...aCompleteFile(), phone: "" }) }), status: 422, error: "invalid-answers" },
    { name: "an array instead of answers", send: () => request.post(url, { data: [1, 2, 3] }), status: 400, error: "invalid-request" },
  ];
  for (const c of cases) {
    const response = await c.send();
    expect(response.status(), c.name).toBe(c.status);
    expect((await response.json()).error, c.name).toBe(c.error);
  }
  const wrongType = await request.post(url, { data: envelope({ ...aCompleteFile(), languages: "FR" }) });
  expect((await wrongType.json()).problems).toEqual([{ question: "languages", error: "choice.unknown" }]);
});
