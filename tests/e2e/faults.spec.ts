// The fault suite, browser side: what a real deployment meets (storage down, a device whose storage breaks, a bad
// paste, two tabs at once), each case ending with every answer on the server and on the device exactly once.
// The database side (connections terminated, instances migrating together) is tests/integration/faults.test.ts.
import { expect, test, type Page } from "@playwright/test";
import { questionnaire } from "@/lib/questionnaire/definition";
import { findQuestion } from "@/lib/questionnaire/engine";
import { awa } from "@/tests/fixtures/people";
import { deviceDraft, expectEverywhereOnce } from "./support/device";
import { answer, answerUntil } from "./support/journey";
import { err, questionLabel, text } from "./support/texts";

const question = (id: string) => findQuestion(questionnaire, id)!;
const pick = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, awa[id]]));
const FIRST = ["filling-mode", "first-name", "last-name", "birth-date", "address", "phone"];

async function start(page: Page) {
  await page.goto("/fr");
  await page.getByRole("link", { name: text("fr", "start.button") }).click();
  await page.waitForURL(/\/questions\/filling-mode/);
}

test("nothing reaches the server before the person answers something", async ({ page }) => {
  const calls: string[] = [];
  page.on("request", (r) => r.url().includes("/api/") && calls.push(`${r.method()} ${new URL(r.url()).pathname}`));
  await start(page);
  await page.goto("/fr/resume");
  await expect(page.getByText(text("fr", "resume.nothingYet"))).toBeVisible();
  expect(calls).toEqual([]);
});

test("storage down on the server (503) for a while: answers wait, then all arrive once", async ({ page, request }) => {
  let refusing = true;
  let refused = 0;
  await page.route("**/api/v1/drafts/*/answers", async (route) => {
    if (!refusing) return route.continue();
    refused += 1;
    await route.fulfill({ status: 503, headers: { "Retry-After": "5", "Content-Type": "application/json" }, body: '{"error":"storage-unavailable"}' });
  });
  await start(page);
  await answerUntil(page, "fr", awa, "current-activity");
  expect(refused).toBeGreaterThan(0);
  // One try per answer and growing delays in between, not a loop.
  expect(refused).toBeLessThan(15);
  refusing = false;
  // Storage is back; the next answer goes, and takes every waiting one with it.
  await answerUntil(page, "fr", awa, "time-without-work");
  await expectEverywhereOnce(page, request, pick([...FIRST, "current-activity"]));
});

test("IndexedDB failing mid-file: the answers not yet on the server are kept in memory and sent", async ({ page, request }) => {
  let online = false;
  await page.route("**/api/v1/drafts/**", (route) => (online ? route.continue() : route.abort("internetdisconnected")));
  await start(page);
  await answerUntil(page, "fr", awa, "address");
  const before = await deviceDraft(page);
  expect(Object.values(before.entries).filter((e) => e.pending).length).toBe(4);
  // The browser loses the database: every read and write fails from now on.
  await page.evaluate(() => {
    const lost = () => {
      throw new DOMException("Connection to Indexed Database server lost.", "UnknownError");
    };
    IDBObjectStore.prototype.put = lost;
    IDBObjectStore.prototype.get = lost;
    IDBDatabase.prototype.transaction = lost;
  });
  await answerUntil(page, "fr", awa, "current-activity");
  await expect(page.getByRole("alert").filter({ hasText: text("fr", "storage.lost") })).toBeVisible();
  online = true;
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  // The device's database is gone, so read the server with the token the device had.
  const headers = { Authorization: `Bearer ${before.server.token}` };
  await expect
    .poll(async () => {
      const response = await request.get(`/api/v1/drafts/${before.id}?since=0`, { headers });
      if (!response.ok()) return `HTTP ${response.status()}`;
      const { entries } = (await response.json()) as { entries: Record<string, { value: unknown }> };
      return Object.fromEntries(Object.entries(entries).filter(([, e]) => e.value !== null).map(([id, e]) => [id, e.value]));
    }, { timeout: 30_000 })
    .toEqual(pick(FIRST));
  const log = ((await (await request.get(`/api/v1/drafts/${before.id}/log`, { headers })).json()) as { log: Array<{ questionId: string; kind: string }> }).log;
  expect(log.filter((row) => row.kind === "answered").map((row) => row.questionId).sort()).toEqual([...FIRST].sort());
  expect(log.filter((row) => row.kind !== "answered").map((row) => [row.questionId, row.kind])).toEqual([
    ["email", "left-empty"],
    ["social-security-number", "left-empty"],
  ]);
});

test("a NUL pasted into an answer is refused at the field, nothing is lost, and later answers still sync", async ({ page, request }) => {
  const sent: string[] = [];
  page.on("request", (r) => r.url().includes("/answers") && sent.push(r.postData() ?? ""));
  await start(page);
  await answerUntil(page, "fr", awa, "address");
  const field = page.getByRole("textbox", { name: questionLabel("fr", question("address")) });
  await field.fill("12 rue des Lilas\u0000\n75011 Paris");
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  const message = err("fr", "text.unstorable");
  await expect(page.getByRole("link", { name: message })).toBeVisible();
  await expect(field).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  await expect(field).toHaveValue("12 rue des Lilas\u0000\n75011 Paris");
  await field.fill(awa.address as string);
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  // Moved on: answerUntil reads the question from the address, which must not still be the address question's.
  await page.waitForURL(/\/questions\/phone$/);
  await answerUntil(page, "fr", awa, "current-activity");
  await expectEverywhereOnce(page, request, pick(FIRST));
  expect(sent.some((body) => body.includes("\\u0000"))).toBe(false);
});

test("two tabs registering the same new draft at once both succeed, and show the same working code", async ({ context, request }) => {
  const first = await context.newPage();
  await first.goto("/fr/questions/filling-mode");
  await expect(first.getByRole("heading", { level: 1 })).toBeVisible();
  const second = await context.newPage();
  await second.goto("/fr/questions/filling-mode");
  await expect(second.getByRole("heading", { level: 1 })).toBeVisible();
  const registrations: number[] = [];
  for (const page of [first, second]) page.on("response", (r) => r.request().method() === "PUT" && registrations.push(r.status()));
  // Both tabs commit the first answer at the same moment: both register the draft.
  await answer(first, "fr", question("filling-mode"), "ALONE");
  await answer(second, "fr", question("filling-mode"), "ALONE");
  await Promise.all([
    first.getByRole("button", { name: text("fr", "continue") }).click(),
    second.getByRole("button", { name: text("fr", "continue") }).click(),
  ]);
  await expect.poll(() => registrations.length, { timeout: 15_000 }).toBeGreaterThan(0);
  expect(registrations.every((status) => status === 200 || status === 201)).toBe(true);
  const codes = async () =>
    Promise.all(
      [first, second].map(async (page) => {
        await page.goto("/fr/resume");
        const value = page.getByText(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
        await expect(value).toBeVisible({ timeout: 15_000 });
        return value.textContent();
      }),
    );
  await expect.poll(async () => new Set(await codes()).size, { timeout: 20_000 }).toBe(1);
  const [code] = await codes();
  const resumed = await request.post("/api/v1/resume", { data: { code }, headers: { "x-forwarded-for": `tabs-${crypto.randomUUID()}` } });
  expect(resumed.status()).toBe(200);
  await expectEverywhereOnce(first, request, { "filling-mode": "ALONE" });
});

test("when the next page's data never comes, Continue still leads to the next question (and answers are kept)", async ({ page }) => {
  // The client router's requests for the next page's data (fetched ahead, and at the press) hang, as on a
  // connection that stalls: Next drops such a navigation silently (vercel/next.js#97807). The page itself, loaded
  // the browser's way, still comes.
  let stalled = 0;
  await page.route(
    (url) => url.pathname.endsWith("/questions/first-name"),
    async (route) => {
      if (!route.request().headers()["rsc"]) return route.continue();
      stalled += 1;
      await new Promise(() => undefined);
    },
  );
  await start(page);
  await answer(page, "fr", question("filling-mode"), "ALONE");
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await expect(page.getByRole("heading", { level: 1, name: questionLabel("fr", question("first-name")) })).toBeVisible({ timeout: 15_000 });
  expect(stalled).toBeGreaterThan(0);
  await page.getByRole("link", { name: text("fr", "back") }).click();
  await expect(page.getByRole("radio", { name: text("fr", "questions.filling-mode.options.ALONE", {}, "questionnaire") })).toBeChecked();
});
