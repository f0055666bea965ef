// A new user completes the whole file on a phone, in French and in Arabic, through every branch, and sends it to the
// counsellor, without a single policy violation on the way (each question checked before leaving it).
// (Accessibility scans are in accessibility.spec.ts; every screen loaded on its own, in every language, in
// every-screen.spec.ts.)
import { expect, test } from "@playwright/test";
import { questionnaire } from "@/lib/questionnaire/definition";
import { findQuestion, visibleQuestions } from "@/lib/questionnaire/engine";
import type { GridQuestion, GridValue } from "@/lib/questionnaire/types";
import { awaEveryBranch } from "@/tests/fixtures/people";
import { paris11 } from "@/tests/fixtures/agencies";
import { gridMarks } from "./support/fillers";
import { chooseAgencyAndSend, walkToCheck } from "./support/journey";
import { watchForViolations } from "./support/policy";
import { columnLabel, optionLabel, questionLabel, text, timeLeft } from "./support/texts";

const NONE = { violations: [], policyErrors: [] };

for (const lang of ["fr", "ar"] as const) {
  test(`a job seeker completes and sends the whole file in ${lang}`, async ({ page }) => {
    const policy = await watchForViolations(page);
    await page.goto(`/${lang}`);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.locator("html")).toHaveAttribute("dir", lang === "ar" ? "rtl" : "ltr");
    await expect(page.getByRole("heading", { level: 1, name: text(lang, "start.title") })).toBeVisible();
    // The engine's shortest to longest path, timed on this language's words.
    await expect(page.getByText(timeLeft(lang, "start.duration"), { exact: true })).toBeVisible();
    await page.getByRole("link", { name: text(lang, "start.button") }).click();
    await page.waitForURL(/\/questions\//);

    // A violation list lives with its document: the walk moves between questions without loading a page.
    // Every question leads to the task list.
    const seen = await walkToCheck(page, lang, awaEveryBranch, async () => {
      await expect(page.getByRole("link", { name: text(lang, "tasks.linkFromQuestion") })).toBeVisible();
      expect(await policy()).toEqual(NONE);
    });
    expect(seen).toEqual(visibleQuestions(questionnaire, awaEveryBranch).map((q) => q.id));
    expect(seen).toEqual(questionnaire.questions.map((q) => q.id));

    await expect(page.getByRole("heading", { level: 1, name: text(lang, "check.title") })).toBeVisible();
    // Each asked question is listed with its answer and a change link named after it.
    for (const question of visibleQuestions(questionnaire, awaEveryBranch)) {
      await expect(page.getByRole("link", { name: `${text(lang, "check.change")} ${text(lang, "check.changeHidden", { question: questionLabel(lang, question) })}` })).toBeVisible();
    }
    await expect(page.getByText(text(lang, "inPerson", {}, "questionnaire")).first()).toBeVisible();
    // The needs, answered once: each need answered, on its own line with its answer ("Not now" included).
    const needs = findQuestion(questionnaire, "help-needs") as GridQuestion;
    for (const [item, column] of gridMarks(needs, awaEveryBranch["help-needs"] as GridValue)) {
      await expect(page.getByText(`${optionLabel(lang, needs, item)} — ${columnLabel(lang, needs, column)}`, { exact: true })).toBeVisible();
    }
    expect(await policy()).toEqual(NONE);

    expect((await chooseAgencyAndSend(page, lang, paris11)).status()).toBe(201);

    await expect(page.getByRole("heading", { level: 1, name: text(lang, "confirmation.title") })).toBeVisible();
    await expect(page.getByText(text(lang, "confirmation.bring.bank"))).toBeVisible();
    expect(await policy()).toEqual(NONE);
  });
}
