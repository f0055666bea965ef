// A person who cannot see the screen hears what changed after each action, once, and goes on from there: focus
// moves to what replaced the button they pressed, and a polite status says what happened (issue 13).
import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { questionnaire } from "@/lib/questionnaire/definition";
import { findQuestion } from "@/lib/questionnaire/engine";
import { suggestJobs } from "@/lib/questionnaire/jobs";
import { jobKey } from "@/lib/questionnaire/keys";
import type { JobSearchValue } from "@/lib/questionnaire/types";
import { paris11 } from "@/tests/fixtures/agencies";
import { awa } from "@/tests/fixtures/people";
import { expectNoAxeViolations } from "./support/axe";
import { aDraftOnThisDevice } from "./support/drafts";
import { hydrated } from "./support/hydrated";
import { chooseAgencyAndSend } from "./support/journey";
import { optionLabel, q, questionLabel, text } from "./support/texts";

const question = (id: string) => findQuestion(questionnaire, id)!;
const jobNames = (lang: string) =>
  (JSON.parse(readFileSync(path.resolve("locales", lang, "questionnaire.json"), "utf8")) as { jobs: Record<string, string> }).jobs;

const escapeRegExp = (words: string) => words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The polite status holding exactly `words` (a status is a live region: role "status" is polite). */
const statusSaying = (page: Page, words: string) => page.getByRole("status").filter({ hasText: words });

async function startTheFile(page: Page, lang: string) {
  await page.goto(`/${lang}`);
  await page.getByRole("link", { name: text(lang, "start.button") }).click();
  await page.waitForURL(/\/questions\/filling-mode/);
}

for (const lang of ["fr", "ar"] as const) {
  test.describe(`in ${lang}`, () => {
    test("each new question is announced once: focus on its heading, Next's title announcer silent", async ({ page }) => {
      await startTheFile(page, lang);
      await page.getByRole("radio", { name: optionLabel(lang, question("filling-mode"), "ALONE") }).check();
      await page.getByRole("button", { name: text(lang, "continue") }).click();
      await page.waitForURL(/\/questions\/first-name/);
      await expect(page.getByRole("heading", { level: 1, name: questionLabel(lang, question("first-name")) })).toBeFocused();
      // The announcer would speak the new title as well: it is out of the accessibility tree.
      await expect(page.locator("next-route-announcer")).toBeHidden();
      // Tab from the heading reaches Listen first.
      await page.keyboard.press("Tab");
      await expect(page.getByRole("button", { name: text(lang, "readAloud.listen") })).toBeFocused();
      // The progress says the part of the file, whose total is the number of parts.
      await expect(page.getByText(text(lang, "progress", { step: 2, total: questionnaire.sections.length }), { exact: true })).toBeVisible();
    });

    test("showing a code for the helper moves focus to the code and says it is there", async ({ page }) => {
      await startTheFile(page, lang);
      await page.getByRole("link", { name: text(lang, "help.link") }).click();
      await page.getByRole("button", { name: text(lang, "help.remote.show") }).click();
      await expect(page.getByText(text(lang, "help.remote.codeTitle"), { exact: true })).toBeFocused();
      await expect(statusSaying(page, text(lang, "changes.codeShown"))).toHaveText(text(lang, "changes.codeShown"));
      await expectNoAxeViolations(page, `${lang} join code shown`);
    });

    test("taking the phone back moves focus to the question and says so", async ({ page }) => {
      await startTheFile(page, lang);
      await page.getByRole("link", { name: text(lang, "help.link") }).click();
      await page.getByRole("radio", { name: text(lang, "help.roles.volunteer") }).check();
      await page.getByRole("textbox", { name: text(lang, "help.fields.name") }).fill("Fatou");
      await page.getByRole("button", { name: text(lang, "help.sameDevice.start") }).click();
      await page.waitForURL(/\/questions\/filling-mode/);
      const banner = page.getByRole("region", { name: text(lang, "help.banner.label") });
      await banner.getByRole("button", { name: text(lang, "help.banner.takeBack") }).click();
      await expect(banner).toBeHidden();
      await expect(page.getByRole("heading", { level: 1, name: questionLabel(lang, question("filling-mode")) })).toBeFocused();
      await expect(statusSaying(page, text(lang, "changes.phoneBack"))).toHaveText(text(lang, "changes.phoneBack"));
    });

    test("Enter in the job search adds nothing by itself; adding and taking off a job move focus to the chosen jobs", async ({ page, request }) => {
      await aDraftOnThisDevice(page, request, lang, awa);
      await page.goto(`/${lang}/questions/past-jobs`);
      const chosen = page.getByRole("heading", { level: 2, name: text(lang, "question.jobSearch.chosenTitle") });
      const [removeStart, removeEnd] = text(lang, "question.jobSearch.remove", { job: "\u0000" }).split("\u0000").map(escapeRegExp);
      const removeButtons = page.getByRole("button", { name: new RegExp(`^${removeStart}.+${removeEnd}$`) });
      const before = (awa["past-jobs"] as JobSearchValue).jobs.length;
      await expect(removeButtons).toHaveCount(before);

      const names = jobNames(lang);
      const typed = q(lang, jobKey("G1803")).split(/\s+/)[0]!;
      const already = new Set(["G1603"]);
      const first = suggestJobs(typed, names).find((code) => !already.has(code))!;
      const firstName = q(lang, jobKey(first));
      await page.getByRole("textbox", { name: text(lang, "question.jobSearch.inputLabel") }).fill(typed);
      await page.keyboard.press("Enter");
      // Enter goes to the suggestions, where each button says what it adds: nothing was added.
      const suggestion = page.getByRole("button", { name: text(lang, "question.jobSearch.add", { job: firstName }), exact: true });
      await expect(suggestion).toBeFocused();
      await expect(removeButtons).toHaveCount(before);

      await page.keyboard.press("Enter");
      await expect(chosen).toBeFocused();
      await expect(statusSaying(page, text(lang, "changes.jobAdded", { job: firstName }))).toHaveText(text(lang, "changes.jobAdded", { job: firstName }));
      await expect(removeButtons).toHaveCount(before + 1);

      await page.getByRole("button", { name: text(lang, "question.jobSearch.remove", { job: firstName }), exact: true }).click();
      await expect(chosen).toBeFocused();
      await expect(statusSaying(page, text(lang, "changes.jobRemoved", { job: firstName }))).toHaveText(text(lang, "changes.jobRemoved", { job: firstName }));
      await expect(removeButtons).toHaveCount(before);
      await expectNoAxeViolations(page, `${lang} job taken off`);
    });

    test("sending the file moves focus to the confirmation's heading", async ({ page, request }) => {
      await aDraftOnThisDevice(page, request, lang, awa);
      await page.goto(`/${lang}/check`);
      expect((await chooseAgencyAndSend(page, lang, paris11)).status()).toBe(201);
      await expect(page.getByRole("heading", { level: 1, name: text(lang, "confirmation.title") })).toBeFocused();
      await expect(page.locator("next-route-announcer")).toBeHidden();
    });

    test("the error summary is a region that takes focus, and the title starts with Error, on check and resume", async ({ page, request }) => {
      const summary = page.getByRole("region", { name: text(lang, "errorSummary.title") });
      const prefix = text(lang, "errorTitlePrefix");

      await page.goto(`/${lang}/resume`);
      await hydrated(page);
      await page.getByRole("button", { name: text(lang, "resume.submit") }).click();
      await expect(summary).toBeFocused();
      await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(prefix)} `));
      expect((await page.title()).split(prefix).length, "the prefix once").toBe(2);

      await aDraftOnThisDevice(page, request, lang, awa);
      await page.goto(`/${lang}/check`);
      await hydrated(page);
      await page.getByRole("button", { name: text(lang, "check.send") }).click();
      await expect(summary).toBeFocused();
      await expect(page).toHaveTitle(`${prefix} ${text(lang, "pageTitle", { title: text(lang, "check.title") })}`);
    });

    test("Back and the disclosures are named by their words only, and a text question's label is inside its heading", async ({ page, request }) => {
      await aDraftOnThisDevice(page, request, lang, awa);
      await page.goto(`/${lang}/questions/first-name`);
      // The chevron drawn before "Back" is decoration: the link's name is the word.
      await expect(page.getByRole("link", { name: text(lang, "back"), exact: true })).toBeVisible();
      await expect(page.getByText(text(lang, "why"), { exact: true })).toHaveAccessibleName(text(lang, "why"));
      const heading = page.getByRole("heading", { level: 1, name: questionLabel(lang, question("first-name")) });
      await expect(heading).toBeVisible();
      await expect(page.getByRole("textbox", { name: questionLabel(lang, question("first-name")) })).toBeVisible();
      expect(await heading.evaluate((h) => h.closest("label") === null), "no heading inside a label").toBe(true);
      // Links alone on their line are 44 px targets, as the README says.
      const later = page.getByRole("link", { name: text(lang, "resume.linkFromQuestion") });
      expect((await later.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      await page.goto(`/${lang}/check`);
      const history = page.getByRole("link", { name: text(lang, "history.link") });
      await expect(history).toBeVisible();
      expect((await history.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    });
  });
}
