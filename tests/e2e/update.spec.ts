// A new version of the app never reloads a page under someone's fingers: it waits, asks, and keeps the draft.
import { readFileSync, writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { questionnaire } from "@/lib/questionnaire/definition";
import { findQuestion } from "@/lib/questionnaire/engine";
import { awa } from "@/tests/fixtures/people";
import { answerUntil, waitForOfflineReady } from "./support/journey";
import { questionLabel, text } from "./support/texts";

const SW_FILE = "public/sw.js";
const original = readFileSync(SW_FILE, "utf8");
test.afterAll(() => writeFileSync(SW_FILE, original));

test("a new version waits for the person, who updates without losing what they typed", async ({ page }) => {
  await page.goto("/fr");
  await page.getByRole("link", { name: text("fr", "start.button") }).click();
  await page.waitForURL(/\/questions\/filling-mode/);
  await waitForOfflineReady(page);
  await answerUntil(page, "fr", awa, "last-name");
  const lastName = page.getByRole("textbox", { name: questionLabel("fr", findQuestion(questionnaire, "last-name")!) });
  await lastName.fill("Diallo");
  await expect(page.getByText(text("fr", "autosave.saved"))).toBeVisible();

  // The server now has a new version of the service worker (this test runs alone, after all the others).
  writeFileSync(SW_FILE, `${original}\n// new version ${Date.now()}\n`);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

  const prompt = page.getByRole("button", { name: text("fr", "update.button") });
  await expect(prompt).toBeVisible({ timeout: 30_000 });
  // Nothing reloaded by itself: the person is still typing on the same page.
  await lastName.fill("Diallo-Sow");
  await expect(lastName).toHaveValue("Diallo-Sow");

  const reloaded = page.waitForEvent("load");
  await prompt.click();
  await reloaded;
  await expect(page.getByRole("heading", { level: 1, name: questionLabel("fr", findQuestion(questionnaire, "last-name")!) })).toBeVisible();
  await expect(lastName).toHaveValue("Diallo-Sow");
  await expect(prompt).toBeHidden();
});
