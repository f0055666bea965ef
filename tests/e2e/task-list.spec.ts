// The task list (issue 14): a person who comes back sees every part of the file with where they stand in it, and goes
// on from there; every question leads to it (checked on every screen in complete-file.spec.ts).
import { expect, test, type Page } from "@playwright/test";
import { sectionTitleKey } from "@/lib/questionnaire/keys";
import { awa } from "@/tests/fixtures/people";
import { aDraftOnThisDevice } from "./support/drafts";
import { currentQuestion } from "./support/journey";
import { q, text, timeLeft } from "./support/texts";

const UP_TO_TIME_WITHOUT_WORK = ["filling-mode", "first-name", "last-name", "birth-date", "address", "phone", "email", "social-security-number", "current-activity", "time-without-work"];

const row = (page: Page, section: string) => page.getByRole("listitem").filter({ hasText: q("fr", sectionTitleKey(section)) });

test("a person who comes back sees the parts of the file, done, to finish and not started, and goes on from there", async ({ page, request }) => {
  // E-mail and social security number left blank: passed all the same.
  const answers = Object.fromEntries(UP_TO_TIME_WITHOUT_WORK.map((id) => [id, awa[id] ?? ""]));
  await aDraftOnThisDevice(page, request, "fr", answers);
  expect(currentQuestion(page)?.id).toBe("last-contract-end");

  await page.getByRole("link", { name: text("fr", "tasks.linkFromQuestion") }).click();
  await expect(page.getByRole("heading", { level: 1, name: text("fr", "tasks.title") })).toBeFocused();
  await expect(page.getByText(text("fr", "tasks.summary", { done: 2, total: 9 }))).toBeVisible();
  // The time left on her own path, from the first question still to answer.
  await expect(page.getByText(timeLeft("fr", "tasks.timeLeft", answers, "last-contract-end"), { exact: true })).toBeVisible();
  await expect(row(page, "me")).toContainText(text("fr", "tasks.status.done"));
  await expect(row(page, "situation")).toContainText(text("fr", "tasks.status.to-do"));
  await expect(row(page, "rights")).toContainText(text("fr", "tasks.status.cannot-start"));
  await expect(row(page, "rights").getByRole("link")).toHaveCount(0);
  await expect(page.getByRole("link", { name: text("fr", "tasks.check") })).toHaveCount(0);

  // From the start page too, once the file has answers.
  await page.goto("/fr");
  await page.getByRole("link", { name: text("fr", "tasks.linkFromStart") }).click();
  await row(page, "situation").getByRole("link", { name: q("fr", sectionTitleKey("situation")) }).click();
  await page.waitForURL(/\/fr\/questions\/last-contract-end$/);
});
