// A new user completes the whole file on a phone, in French and in Arabic, and sends it to the counsellor.
// (Accessibility scans of every screen in every language are in every-screen.spec.ts.)
import { expect, test } from "@playwright/test";
import { questionnaire } from "@/lib/questionnaire/definition";
import { visibleQuestions } from "@/lib/questionnaire/engine";
import { awa } from "@/tests/fixtures/people";
import { paris11 } from "@/tests/fixtures/agencies";
import { chooseAgencyAndSend, walkToCheck } from "./support/journey";
import { questionLabel, text } from "./support/texts";

for (const lang of ["fr", "ar"] as const) {
  test(`a job seeker completes and sends the whole file in ${lang}`, async ({ page }) => {
    await page.goto(`/${lang}`);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.locator("html")).toHaveAttribute("dir", lang === "ar" ? "rtl" : "ltr");
    await expect(page.getByRole("heading", { level: 1, name: text(lang, "start.title") })).toBeVisible();
    await page.getByRole("link", { name: text(lang, "start.button") }).click();
    await page.waitForURL(/\/questions\//);

    const seen = await walkToCheck(page, lang, awa);
    expect(seen).toEqual(visibleQuestions(questionnaire, awa).map((q) => q.id));

    await expect(page.getByRole("heading", { level: 1, name: text(lang, "check.title") })).toBeVisible();
    // Each asked question is listed with its answer and a change link named after it.
    for (const question of visibleQuestions(questionnaire, awa)) {
      await expect(page.getByRole("link", { name: `${text(lang, "check.change")} ${text(lang, "check.changeHidden", { question: questionLabel(lang, question) })}` })).toBeVisible();
    }
    await expect(page.getByText(text(lang, "inPerson", {}, "questionnaire")).first()).toBeVisible();

    expect((await chooseAgencyAndSend(page, lang, paris11)).status()).toBe(201);

    await expect(page.getByRole("heading", { level: 1, name: text(lang, "confirmation.title") })).toBeVisible();
    await expect(page.getByText(text(lang, "confirmation.bring.bank"))).toBeVisible();
  });
}
