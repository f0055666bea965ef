// Read-aloud: what the page hands to speech synthesis (text and language), what it highlights, and when it stops.
import { expect, test, type Page } from "@playwright/test";
import { questionnaire } from "@/lib/questionnaire/definition";
import { findQuestion } from "@/lib/questionnaire/engine";
import { hintKey, labelKey, noticeKey, optionKey, whyKey } from "@/lib/questionnaire/keys";
import { choiceOptions } from "@/lib/questionnaire/schemas";
import { paris11 } from "@/tests/fixtures/agencies";
import { awa } from "@/tests/fixtures/people";
import { aDraftOnThisDevice } from "./support/drafts";
import { chooseAgencyAndSend } from "./support/journey";
import { installFakeSpeech, speech } from "./support/speech";
import { err, q, text } from "./support/texts";

/** Awa's answers to every question before `id`, in the file's order. */
const answersBefore = (id: string) =>
  Object.fromEntries(Object.entries(awa).slice(0, Object.keys(awa).indexOf(id)));

const question = findQuestion(questionnaire, "filling-mode")!;
if (question.type !== "single") throw new Error("filling-mode is a single choice");
const screenTexts = (lang: string) => [
  q(lang, labelKey(question)),
  q(lang, hintKey(question)),
  ...choiceOptions(question).map((code) => q(lang, optionKey(question, code))),
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

/** Presses Listen and lets the synthesiser say every part to the end; returns what was said. */
async function listenToTheEnd(page: Page, lang: string): Promise<string[]> {
  await page.getByRole("button", { name: text(lang, "readAloud.listen") }).click();
  const voiceOf = speech(page);
  await expect.poll(async () => (await voiceOf.spoken()).length).toBeGreaterThan(0);
  await finishReading(page, lang);
  return (await voiceOf.spoken()).map((said) => said.text);
}

/** Ends each utterance in turn until the Listen button is back. */
async function finishReading(page: Page, lang: string) {
  const voiceOf = speech(page);
  const stop = page.getByRole("button", { name: text(lang, "readAloud.stop") });
  for (let parts = 0; parts < 200 && (await stop.isVisible()); parts += 1) await voiceOf.finish();
  await expect(page.getByRole("button", { name: text(lang, "readAloud.listen") })).toBeVisible();
}

const minimumPay = findQuestion(questionnaire, "minimum-pay")!;
const phone = findQuestion(questionnaire, "phone")!;

test("reads the error message, the notice, and what opened disclosures say", async ({ page, request }) => {
  await installFakeSpeech(page, [{ name: "Voix française", lang: "fr-FR" }]);
  await aDraftOnThisDevice(page, request, "fr", answersBefore("minimum-pay"));
  await page.goto("/fr/questions/minimum-pay");
  await expect(page.getByRole("heading", { level: 1, name: q("fr", labelKey(minimumPay)) })).toBeVisible();
  await page.getByRole("textbox", { name: q("fr", labelKey(minimumPay)) }).fill("10");
  await expect(page.getByText(q("fr", noticeKey(minimumPay)))).toBeVisible();
  const withNotice = await listenToTheEnd(page, "fr");
  expect(withNotice).toContain(q("fr", noticeKey(minimumPay)));
  // "Why we ask" is read once opened, not before.
  expect(withNotice).not.toContain(q("fr", whyKey(minimumPay)));
  await page.getByText(text("fr", "why"), { exact: true }).click();
  await page.evaluate(() => ((window as unknown as { __speech: { spoken: unknown[] } }).__speech.spoken = []));
  expect(await listenToTheEnd(page, "fr")).toEqual(expect.arrayContaining([text("fr", "why"), q("fr", whyKey(minimumPay))]));

  await page.goto("/fr/questions/phone");
  await page.getByRole("textbox", { name: q("fr", labelKey(phone)) }).fill("06 12 34");
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await expect(page.getByRole("link", { name: err("fr", "text.phone") })).toBeVisible();
  await page.evaluate(() => ((window as unknown as { __speech: { spoken: unknown[] } }).__speech.spoken = []));
  const withError = await listenToTheEnd(page, "fr");
  expect(withError.some((said) => said.includes(err("fr", "text.phone")))).toBe(true);
});

test("every page with text has Listen, and the confirmation reads that the interview is mandatory", async ({ page, request }) => {
  await installFakeSpeech(page, [{ name: "Voix française", lang: "fr-FR" }]);
  const listen = page.getByRole("button", { name: text("fr", "readAloud.listen") });
  for (const [path, title, ns] of [
    ["", "start.title", "common"],
    ["/kiosk", "kiosk.settings.title", "common"],
    ["/offline", "offline.title", "common"],
    ["/accessibility", "title", "accessibility"],
    ["/privacy", "title", "privacy"],
  ] as const) {
    await page.goto(`/fr${path}`);
    await expect(page.getByRole("heading", { level: 1, name: text("fr", title, {}, ns) })).toBeVisible();
    await expect(listen, path).toBeVisible();
  }
  await aDraftOnThisDevice(page, request, "fr", awa);
  await expect(page.getByRole("heading", { level: 1, name: text("fr", "check.title") })).toBeVisible();
  await expect(listen).toBeVisible();
  for (const [path, title] of [["/help", "help.title"], ["/resume", "resume.title"], ["/history", "history.title"]] as const) {
    await page.goto(`/fr${path}`);
    await expect(page.getByRole("heading", { level: 1, name: text("fr", title) })).toBeVisible();
    await expect(listen, path).toBeVisible();
  }
  await page.goto("/fr/check");
  expect((await chooseAgencyAndSend(page, "fr", paris11)).status()).toBe(201);
  await expect(page.getByRole("heading", { level: 1, name: text("fr", "confirmation.title") })).toBeVisible();
  const said = await listenToTheEnd(page, "fr");
  expect(said[0]).toBe(text("fr", "confirmation.title"));
  expect(said).toContain(text("fr", "confirmation.interview"));
  await page.getByRole("link", { name: text("fr", "sent.seeMyFile") }).click();
  await expect(page.getByRole("heading", { level: 1, name: text("fr", "myFile.title") })).toBeVisible();
  await expect(listen).toBeVisible();

  // The kiosk's end page, where the person takes their code before the device is cleared.
  await page.goto("/fr/kiosk/end");
  await expect(page.getByRole("heading", { level: 1, name: text("fr", "kiosk.end.title") })).toBeVisible();
  await expect(listen).toBeVisible();

  // "Read each page aloud": my file is read once the sent file has come from the server, never "Loading".
  await page.goto("/fr");
  await page.getByRole("checkbox", { name: text("fr", "autoRead.label") }).check();
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/api\/v1\/drafts\/[^/]+\/submission$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/fr/my-file");
  await expect(page.getByRole("status").filter({ hasText: text("fr", "loading") })).toBeVisible();
  release();
  await expect(page.getByRole("heading", { level: 1, name: text("fr", "myFile.title") })).toBeVisible();
  const voiceOf = speech(page);
  await expect.poll(async () => (await voiceOf.spoken()).length).toBeGreaterThan(0);
  expect((await voiceOf.spoken())[0]?.text).toBe(text("fr", "myFile.title"));
  await finishReading(page, "fr");
});

test("with 'read each page aloud' chosen at the start, each new question is read without a tap, and the choice stays", async ({ page }) => {
  await installFakeSpeech(page, [{ name: "Voix française", lang: "fr-FR" }]);
  await page.goto("/fr");
  const setting = page.getByRole("checkbox", { name: text("fr", "autoRead.label") });
  await setting.check();
  await page.reload();
  await expect(setting).toBeChecked();
  // Kept: the start page is read again without a tap (waited for, or the reading would start after the check).
  await expect(page.getByRole("button", { name: text("fr", "readAloud.stop") })).toBeVisible();
  await finishReading(page, "fr");

  await page.getByRole("link", { name: text("fr", "start.button") }).click();
  await page.waitForURL(/\/questions\/filling-mode$/);
  const voiceOf = speech(page);
  await expect.poll(async () => (await voiceOf.spoken()).map((said) => said.text)).toContain(q("fr", labelKey(question)));
  await page.getByRole("radio", { name: q("fr", optionKey(question, "ALONE")) }).check();
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await page.waitForURL(/\/questions\/first-name$/);
  const firstName = findQuestion(questionnaire, "first-name")!;
  await expect.poll(async () => (await voiceOf.spoken()).at(-1)?.text).toBe(q("fr", labelKey(firstName)));
});
