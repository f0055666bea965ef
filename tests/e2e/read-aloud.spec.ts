// Read-aloud: what the page hands to speech synthesis (text and language), what it highlights, and when it stops.
import { expect, test } from "@playwright/test";
import { questionnaire } from "@/lib/questionnaire/definition";
import { findQuestion } from "@/lib/questionnaire/engine";
import { hintKey, labelKey, optionKey } from "@/lib/questionnaire/keys";
import { choiceOptions } from "@/lib/questionnaire/schemas";
import { installFakeSpeech, speech } from "./support/speech";
import { q, text } from "./support/texts";

const question = findQuestion(questionnaire, "filling-mode")!;
const screenTexts = (lang: string) => [
  q(lang, labelKey(question)),
  q(lang, hintKey(question)),
  ...choiceOptions(question as never).map((code) => q(lang, optionKey(question, code))),
];

for (const [lang, voice, tag] of [["fr", "Voix française", "fr-FR"], ["ar", "صوت عربي", "ar"]] as const) {
  test(`reads the question, its hint and every answer aloud in ${lang}, highlighting each in turn`, async ({ page }) => {
    await installFakeSpeech(page, [{ name: voice, lang: tag === "ar" ? "ar-SA" : tag }, { name: "English voice", lang: "en-GB" }]);
    await page.goto(`/${lang}/questions/filling-mode`);
    const heading = page.getByRole("heading", { level: 1, name: q(lang, labelKey(question)) });
    await page.getByRole("button", { name: text(lang, "readAloud.listen") }).click();

    const expected = screenTexts(lang);
    const voiceOf = speech(page);
    await expect.poll(voiceOf.spoken).toEqual([{ text: expected[0], lang: tag, voice }]);
    await expect(heading).toHaveAttribute("data-reading", "true");
    await expect(page.getByRole("button", { name: text(lang, "readAloud.stop") })).toBeVisible();

    for (let index = 1; index < expected.length; index += 1) {
      await voiceOf.finish();
      await expect.poll(async () => (await voiceOf.spoken()).length).toBe(index + 1);
      // Only the part being read is highlighted.
      await expect(page.locator("[data-reading]")).toHaveText(expected[index]!);
      await expect(heading).not.toHaveAttribute("data-reading");
    }
    await voiceOf.finish();

    expect(await voiceOf.spoken()).toEqual(expected.map((said) => ({ text: said, lang: tag, voice })));
    await expect(page.getByRole("button", { name: text(lang, "readAloud.listen") })).toBeVisible();
    await expect(page.locator("[data-reading]")).toHaveCount(0);
  });
}

test("stops reading when the person moves to another screen", async ({ page }) => {
  await installFakeSpeech(page, [{ name: "Voix française", lang: "fr-FR" }]);
  await page.goto("/fr/questions/filling-mode");
  await page.getByRole("button", { name: text("fr", "readAloud.listen") }).click();
  const voiceOf = speech(page);
  await expect.poll(async () => (await voiceOf.spoken()).length).toBe(1);
  const cancelsBefore = await voiceOf.cancels();

  await page.getByRole("radio", { name: q("fr", optionKey(question, "ALONE")) }).check();
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await expect(page).toHaveURL(/\/questions\/first-name$/);

  expect(await voiceOf.cancels()).toBeGreaterThan(cancelsBefore);
  await voiceOf.finish();
  expect(await voiceOf.spoken()).toHaveLength(1);
  await expect(page.getByRole("button", { name: text("fr", "readAloud.listen") })).toBeVisible();
});

test("the Stop button silences the reading at once", async ({ page }) => {
  await installFakeSpeech(page, [{ name: "Voix française", lang: "fr-FR" }]);
  await page.goto("/fr/questions/filling-mode");
  await page.getByRole("button", { name: text("fr", "readAloud.listen") }).click();
  const voiceOf = speech(page);
  await expect.poll(async () => (await voiceOf.spoken()).length).toBe(1);
  await page.getByRole("button", { name: text("fr", "readAloud.stop") }).click();
  await expect(page.getByRole("button", { name: text("fr", "readAloud.listen") })).toBeVisible();
  await voiceOf.finish();
  expect(await voiceOf.spoken()).toHaveLength(1);
  await expect(page.locator("[data-reading]")).toHaveCount(0);
});

test("says plainly when the device has no voice for the page's language", async ({ page }) => {
  await installFakeSpeech(page, [{ name: "English voice", lang: "en-GB" }]);
  await page.goto("/fr/questions/filling-mode");
  await page.getByRole("button", { name: text("fr", "readAloud.listen") }).click();
  await expect(page.getByRole("status").filter({ hasText: text("fr", "readAloud.noVoice") })).toBeVisible();
  expect(await speech(page).spoken()).toEqual([]);
});
