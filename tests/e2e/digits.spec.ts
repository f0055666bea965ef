// Input as people type it: Samira types her birth date and phone number with Arabic-Indic digits; both are
// accepted, kept as typed, and the check page shows them in Latin digits.
import { expect, test } from "@playwright/test";
import { awa } from "@/tests/fixtures/people";
import { answerUntil, readResumeCode } from "./support/journey";
import { serverAnswers } from "./support/server";
import { text } from "./support/texts";

test("Arabic-Indic digits in a date and a phone number are accepted and kept as typed", async ({ page, request }) => {
  const lang = "ar";
  const samira = { ...awa, "first-name": "سميرة", "birth-date": { day: "١٢", month: "٣", year: "١٩٧٧" }, phone: "٠٦١٢٣٤٥٦٧٨" };
  await page.goto(`/${lang}`);
  await page.getByRole("link", { name: text(lang, "start.button") }).click();
  await page.waitForURL(/\/questions\//);
  // Reaching the question after the phone means neither answer was refused.
  await answerUntil(page, lang, samira, "current-activity");
  const code = await readResumeCode(page, lang);
  await expect
    .poll(async () => {
      const held = await serverAnswers(request, code);
      return [held["birth-date"], held.phone];
    })
    .toEqual([samira["birth-date"], samira.phone]);
});
