// The header leaves room for the question: one language control (a native disclosure named "language" in every
// language) instead of eight links, and what helps with a question comes after Continue, so Continue is in view
// without scrolling on a 393×851 phone on every question with one choice among 5 or fewer, a box, a date or a number.
import { expect, test } from "@playwright/test";
import { questionnaire } from "@/lib/questionnaire/definition";
import { choiceOptions } from "@/lib/questionnaire/schemas";
import type { Question } from "@/lib/questionnaire/types";
import { awaEveryBranch } from "@/tests/fixtures/people";
import { aDraftOnThisDevice } from "./support/drafts";
import { questionLabel, text } from "./support/texts";

const continueInView = (question: Question) =>
  question.type === "single" || question.type === "yesNo" ? choiceOptions(question).length <= 5 : ["text", "date", "number"].includes(question.type);

test.describe("on a 393×851 phone", () => {
  test.use({ viewport: { width: 393, height: 851 } });

  for (const lang of ["fr", "ar"]) {
    test(`in ${lang}, Continue is in view on every question with a few answers, a box, a date or a number`, async ({ page, request }) => {
      // Every question, from a file that asks them all, met in order by pressing Continue.
      await aDraftOnThisDevice(page, request, lang, awaEveryBranch);
      await page.goto(`/${lang}/questions/${questionnaire.questions[0]!.id}`);
      const next = page.getByRole("button", { name: text(lang, "continue") });
      const checked: string[] = [];
      for (const question of questionnaire.questions.filter((q) => q.onScreenOf === undefined)) {
        await expect(page.getByRole("heading", { level: 1, name: questionLabel(lang, question) })).toBeVisible();
        if (continueInView(question)) {
          await expect(next, `${question.id} in ${lang}`).toBeInViewport({ ratio: 1 });
          checked.push(question.id);
        }
        await next.click();
      }
      expect(checked.length, "questions checked").toBeGreaterThanOrEqual(20);
    });
  }
});

test("the language control is named in every language, opens to every language, and keeps the page", async ({ page }) => {
  await page.goto("/fr/privacy");
  const languages = page.getByRole("navigation", { name: text("fr", "languageSwitch.label") });
  // Closed: no language link takes room.
  await expect(languages.getByRole("link")).toHaveCount(0);
  // The closed control shows the current language (the list below it holds the same name, hidden).
  const control = languages.getByText(text("fr", "languages.fr"), { exact: true }).first();
  for (const lang of ["fr", "en", "ar", "uk", "es", "ro", "tr"]) {
    await expect(languages.getByText(text(lang, "languageSwitch.word"), { exact: false }).first()).toBeAttached();
  }
  await control.click();
  await expect(languages.getByRole("link")).toHaveCount(7);
  await languages.getByRole("link", { name: "Українська" }).click();
  await page.waitForURL(/\/uk\/privacy$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "uk");
});
