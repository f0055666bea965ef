// The person deletes their file: from this device after sending, from another device with the code, and not at
// all when the server cannot be reached (then nothing is lost). Afterwards the code opens nothing.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { paris11 } from "@/tests/fixtures/agencies";
import { awa } from "@/tests/fixtures/people";
import { deviceDraft } from "./support/device";
import { aDraftOnThisDevice, resumeOnThisDevice } from "./support/drafts";
import { chooseAgencyAndSend, readResumeCode } from "./support/journey";
import { text } from "./support/texts";

/** The first answers of the file, on the server and on the device. */
const FIRST_ANSWERS = Object.fromEntries(["filling-mode", "first-name", "last-name", "birth-date", "address"].map((id) => [id, awa[id]!]));

const resumeStatus = async (request: APIRequestContext, code: string) =>
  (await request.post("/api/v1/resume", { data: { code }, headers: { "x-forwarded-for": `deletion-${crypto.randomUUID()}` } })).status();

/** Counts the deletions the page asks for: one press, one request, never a loop. */
function countDeletes(page: Page) {
  const deletes: string[] = [];
  page.on("request", (r) => r.method() === "DELETE" && deletes.push(new URL(r.url()).pathname));
  return deletes;
}

async function confirmDeletion(page: Page, lang: string) {
  await page.getByRole("button", { name: text(lang, "deletion.button") }).click();
  await expect(page.getByRole("heading", { level: 2, name: text(lang, "deletion.confirmTitle") })).toBeFocused();
  await page.getByRole("button", { name: text(lang, "deletion.confirm") }).click();
}

test("after sending, the person deletes their file from 'my file': the code opens nothing and the device starts afresh", async ({ page, request }) => {
  const lang = "fr";
  await aDraftOnThisDevice(page, request, lang, awa);
  await page.waitForURL(/\/check$/);
  expect((await chooseAgencyAndSend(page, lang, paris11)).status()).toBe(201);
  const code = await readResumeCode(page, lang);
  expect(await resumeStatus(request, code)).toBe(200);

  const deletes = countDeletes(page);
  await page.goto(`/${lang}/my-file`);
  await expect(page.getByRole("heading", { level: 1, name: text(lang, "myFile.title") })).toBeVisible();
  await confirmDeletion(page, lang);
  await page.waitForURL(`/${lang}/deleted`);
  await expect(page.getByRole("heading", { level: 1, name: text(lang, "deletion.doneTitle") })).toBeVisible();
  expect(deletes).toHaveLength(1);

  expect(await resumeStatus(request, code)).toBe(404);
  await page.goto(`/${lang}`);
  await expect(page.getByRole("link", { name: text(lang, "start.button") })).toBeVisible();
  await expect(page.getByRole("button", { name: text(lang, "deletion.button") })).toHaveCount(0);
  const fresh = await deviceDraft(page).catch(() => undefined);
  expect(Object.keys(fresh?.entries ?? {})).toEqual([]);
});

test("with the code on another device, the person deletes the file; the first device then deletes its own copy", async ({ page, browser, request }) => {
  test.setTimeout(180_000);
  const lang = "ar";
  const { resumeCode: code } = await aDraftOnThisDevice(page, request, lang, FIRST_ANSWERS);

  const otherContext = await browser.newContext({ locale: "ar" });
  const other = await otherContext.newPage();
  await resumeOnThisDevice(other, lang, code);
  await other.goto(`/${lang}`);
  await expect(other.getByRole("link", { name: text(lang, "start.resumeButton") })).toBeVisible();

  // Changing one's mind keeps everything, and gives focus back.
  await other.getByRole("button", { name: text(lang, "deletion.button") }).click();
  await other.getByRole("button", { name: text(lang, "deletion.cancel") }).click();
  await expect(other.getByRole("button", { name: text(lang, "deletion.button") })).toBeFocused();
  expect(await resumeStatus(request, code)).toBe(200);

  const deletes = countDeletes(other);
  await confirmDeletion(other, lang);
  await other.waitForURL(`/${lang}/deleted`);
  expect(deletes).toHaveLength(1);
  expect(await resumeStatus(request, code)).toBe(404);
  await otherContext.close();

  // The first device still holds its copy: deleting it there finds the server's copy gone, and erases it.
  await page.goto(`/${lang}`);
  await confirmDeletion(page, lang);
  await page.waitForURL(`/${lang}/deleted`);
  await page.goto(`/${lang}`);
  await expect(page.getByRole("link", { name: text(lang, "start.button") })).toBeVisible();
});

test("when the server cannot delete (no connection, 503), the device deletes nothing and says so; then it works", async ({ page, context, request }) => {
  test.setTimeout(120_000);
  const lang = "fr";
  const { resumeCode: code } = await aDraftOnThisDevice(page, request, lang, FIRST_ANSWERS);
  await page.goto(`/${lang}`);
  const deletes = countDeletes(page);

  await context.setOffline(true);
  await confirmDeletion(page, lang);
  await expect(page.getByText(text(lang, "deletion.offline"))).toBeVisible();
  await context.setOffline(false);
  expect(Object.keys((await deviceDraft(page)).entries).length).toBeGreaterThan(0);

  await page.route("**/api/v1/drafts/*", (route) =>
    route.request().method() === "DELETE"
      ? route.fulfill({ status: 503, contentType: "application/json", headers: { "Retry-After": "5" }, body: JSON.stringify({ error: "storage-unavailable" }) })
      : route.fallback(),
  );
  await page.getByRole("button", { name: text(lang, "deletion.confirm") }).click();
  await expect(page.getByText(text(lang, "deletion.failed"))).toBeVisible();
  expect(Object.keys((await deviceDraft(page)).entries).length).toBeGreaterThan(0);
  expect(await resumeStatus(request, code)).toBe(200);
  await page.unroute("**/api/v1/drafts/*");

  await page.getByRole("button", { name: text(lang, "deletion.confirm") }).click();
  await page.waitForURL(`/${lang}/deleted`);
  expect(await resumeStatus(request, code)).toBe(404);
  // Offline, the request never left; then one refused by the 503, then the one that worked.
  expect(deletes.length).toBeLessThanOrEqual(3);
});
