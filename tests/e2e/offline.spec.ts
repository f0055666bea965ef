// Never lose an answer: offline, reloads, other tabs, other devices, storage failures.
import { expect, test } from "@playwright/test";
import { questionnaire } from "@/lib/questionnaire/definition";
import { findQuestion } from "@/lib/questionnaire/engine";
import { noneKey } from "@/lib/questionnaire/keys";
import { awa } from "@/tests/fixtures/people";
import { expectNoAxeViolations } from "./support/axe";
import { aDraftOnThisDevice } from "./support/drafts";
import { answer, answerUntil, readResumeCode, waitForOfflineReady } from "./support/journey";
import { serverAnswers } from "./support/server";
import { err, optionLabel, q, questionLabel, text } from "./support/texts";

const question = (id: string) => findQuestion(questionnaire, id)!;
const pick = (ids: string[]) => Object.fromEntries(ids.filter((id) => id in awa).map((id) => [id, awa[id]!]));
const FIRST_FIVE = ["filling-mode", "first-name", "last-name", "birth-date", "address"];

async function start(page: import("@playwright/test").Page) {
  await page.goto("/fr");
  await page.getByRole("link", { name: text("fr", "start.button") }).click();
  await page.waitForURL(/\/questions\/filling-mode/);
}

test.describe("with the service worker", () => {
  test.use({ serviceWorkers: "allow" });

  test("a person keeps answering offline, reloads offline, and every answer reaches the server when back online", async ({ page, context, request }) => {
    await start(page);
    await waitForOfflineReady(page);
    await answerUntil(page, "fr", awa, "current-activity");

    await context.setOffline(true);
    await expect(page.getByText(text("fr", "connection.offline"))).toBeVisible();
    await answerUntil(page, "fr", awa, "benefits");
    await expectNoAxeViolations(page, "offline question");

    // A reload without network: the page comes from the device, with what was typed.
    await page.getByRole("group", { name: questionLabel("fr", question("benefits")) }).getByRole("checkbox", { name: optionLabel("fr", question("benefits"), "ARE") }).check();
    await expect(page.getByText(text("fr", "autosave.saved"))).toBeVisible();
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: questionLabel("fr", question("benefits")) })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: optionLabel("fr", question("benefits"), "ARE") })).toBeChecked();
    await expect(page.getByText(text("fr", "connection.offline"))).toBeVisible();

    // A page that is not on the device says so plainly, in the person's language.
    await page.goto("/fr/questions/not-a-question");
    await expect(page.getByRole("heading", { level: 1, name: text("fr", "offline.title") })).toBeVisible();
    await expectNoAxeViolations(page, "offline page");
    await page.goBack();

    await context.setOffline(false);
    await expect(page.getByText(text("fr", "connection.offline"))).toBeHidden();
    const code = await readResumeCode(page, "fr");
    const answered = ["filling-mode", "first-name", "last-name", "birth-date", "address", "phone", "current-activity", "time-without-work", "last-contract-end", "last-contract-reason", "availability", "benefits"];
    await expect.poll(() => serverAnswers(request, code), { timeout: 30_000 }).toEqual(pick(answered));
  });
});

test("a person opens the same file on another device with the resume code", async ({ page, browser, request }) => {
  // The first answers are already on this phone (and the server); the phone number is typed here.
  await aDraftOnThisDevice(page, request, "fr", pick(FIRST_FIVE));
  await page.waitForURL(/\/fr\/questions\/phone$/);
  await page.getByRole("textbox", { name: questionLabel("fr", question("phone")) }).fill("06 12 34 56 78");
  await expect(page.getByText(text("fr", "autosave.saved"))).toBeVisible();
  const code = await readResumeCode(page, "fr");
  await expect(page.getByRole("img", { name: text("fr", "resume.qrLabel") })).toBeVisible();
  await expect(page.getByRole("button", { name: text("fr", "resume.print") })).toBeVisible();

  const other = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `device-${crypto.randomUUID()}` } });
  const phone = await other.newPage();
  await phone.goto("/fr");
  await phone.getByRole("link", { name: text("fr", "resume.linkFromStart") }).click();
  await phone.waitForURL(/\/fr\/resume/);

  // A wrong code first: a plain message, next to the field and at the top.
  const input = phone.getByRole("textbox", { name: text("fr", "resume.inputLabel") });
  await input.fill("K7PM-3QRT-9XWA");
  await phone.getByRole("button", { name: text("fr", "resume.submit") }).click();
  await expect(phone.getByRole("link", { name: err("fr", "resume.unknown") })).toBeVisible();
  await expect(input).toHaveValue("K7PM-3QRT-9XWA");
  await expectNoAxeViolations(phone, "resume page with a wrong code");

  // Typed in lower case with an O for a zero: still understood.
  await input.fill(code.toLowerCase().replace(/0/g, "o"));
  await phone.getByRole("button", { name: text("fr", "resume.submit") }).click();
  await phone.waitForURL(/\/fr\/questions\/current-activity/);
  await phone.goto("/fr/questions/phone");
  await expect(phone.getByRole("textbox", { name: questionLabel("fr", question("phone")) })).toHaveValue("06 12 34 56 78");
  await other.close();
});

test("two tabs on the same file do not overwrite each other's answers", async ({ context, request }) => {
  const first = await context.newPage();
  await aDraftOnThisDevice(first, request, "fr", pick(["filling-mode", "first-name", "last-name", "birth-date"]));
  await first.waitForURL(/\/questions\/address$/);
  const second = await context.newPage();
  await second.goto("/fr/questions/first-name");
  // The second tab changes the first name; the first tab, which loaded earlier, answers another question.
  await second.getByRole("textbox", { name: questionLabel("fr", question("first-name")) }).fill("Aïcha");
  await expect(second.getByText(text("fr", "autosave.saved"))).toBeVisible();
  await answer(first, "fr", question("address"), "NO_STABLE_ADDRESS");
  await first.getByRole("button", { name: text("fr", "continue") }).click();
  await first.waitForURL(/\/questions\/phone/);

  await first.goto("/fr/questions/first-name");
  await expect(first.getByRole("textbox", { name: questionLabel("fr", question("first-name")) })).toHaveValue("Aïcha");
  await first.goto("/fr/questions/address");
  await expect(first.getByRole("checkbox", { name: q("fr", noneKey(question("address"))) })).toBeChecked();
});

test("a phone whose storage is full says so, and the person can go on", async ({ page }) => {
  await start(page);
  await answerUntil(page, "fr", awa, "first-name");
  // The browser refuses every write from now on, as a full phone does.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function put() {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await page.getByRole("textbox", { name: questionLabel("fr", question("first-name")) }).fill("Awa");
  await expect(page.getByRole("alert").filter({ hasText: text("fr", "storage.quota") })).toBeVisible();
  await page.getByRole("textbox", { name: questionLabel("fr", question("last-name")) }).fill("Diallo");
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await page.waitForURL(/\/questions\/birth-date/);
  await page.getByRole("link", { name: text("fr", "back") }).click();
  await expect(page.getByRole("textbox", { name: questionLabel("fr", question("first-name")) })).toHaveValue("Awa");
  await expectNoAxeViolations(page, "storage problem banner");
});
