// After a kiosk is cleared, a page of the person before that the browser kept in its back-forward cache shows
// nothing of them when Back brings it back: it checks the device on `pageshow` and leads to the start page.
import { expect, test } from "@playwright/test";
import { questionnaire } from "@/lib/questionnaire/definition";
import { findQuestion } from "@/lib/questionnaire/engine";
import { awa } from "@/tests/fixtures/people";
import { aDraftOnThisDevice } from "./support/drafts";
import { turnKioskOn } from "./support/kiosk";
import { questionLabel, text } from "./support/texts";

// Playwright turns the cache off; the browsers of kiosks have it on. Otherwise Chromium as playwright.config.ts
// launches it.
test.use({
  launchOptions: {
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    ignoreDefaultArgs: ["--disable-back-forward-cache"],
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  },
});

const FIRST_ANSWERS = Object.fromEntries(["filling-mode", "first-name", "last-name", "birth-date", "address"].map((id) => [id, awa[id]!]));

test("a page kept in the cache from before a clear is emptied and leads to the start page", async ({ page, request }) => {
  await page.addInitScript(() =>
    window.addEventListener("pageshow", (event) => {
      if (event.persisted) sessionStorage.setItem("restored-from-cache", location.pathname);
    }),
  );
  await turnKioskOn(page);
  await aDraftOnThisDevice(page, request, "fr", FIRST_ANSWERS);
  await page.waitForURL(/\/questions\/phone$/);
  await expect(page.getByRole("textbox", { name: questionLabel("fr", findQuestion(questionnaire, "phone")!) })).toBeVisible();
  // A new page load: the browser keeps the question page, whole, in its cache. (Not a page of the app: a page that
  // tells the others of a change, as every page of the app does once it has read the draft, makes Chromium drop
  // them from the cache.)
  await page.goto("/api/health");
  // The device is cleared meanwhile. A real clear also deletes the database that page holds open, which makes
  // Chromium drop it too; a new generation alone leaves it there, for the page to check.
  await page.evaluate(() => localStorage.setItem("relais-generation", crypto.randomUUID()));
  // Back, as the person presses it. The restored page replaces itself at once, which can cut short the restore's own
  // navigation (ERR_ABORTED for a test that waits on it): the address is read as it changes instead.
  await page.evaluate(() => history.back());
  await expect(page).toHaveURL(/\/fr$/);
  await expect(page.getByRole("heading", { level: 1, name: text("fr", "start.title") })).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.getItem("restored-from-cache"))).toBe("/fr/questions/phone");
  expect(await page.locator("body").innerText()).not.toContain(awa["last-name"] as string);
});
