// What reaches the server while a person types: the committed answer, not every pause in typing.
import { expect, test } from "@playwright/test";
import { questionnaire } from "@/lib/questionnaire/definition";
import { findQuestion } from "@/lib/questionnaire/engine";
import { awa } from "@/tests/fixtures/people";
import { deviceDraft } from "./support/device";
import { answerUntil } from "./support/journey";
import { questionLabel, text } from "./support/texts";

test("an answer typed word by word reaches the server once, when the person moves on or stops typing", async ({ page, request }) => {
  const sent: string[] = [];
  page.on("request", (r) => r.url().endsWith("/answers") && sent.push(r.postData() ?? ""));
  await page.goto("/fr");
  await page.getByRole("link", { name: text("fr", "start.button") }).click();
  await page.waitForURL(/\/questions\/filling-mode/);
  await answerUntil(page, "fr", awa, "address");
  await expect.poll(() => sent.length).toBeGreaterThan(0);
  // Every earlier answer acknowledged (the last Continue's send can still be on its way), then counted.
  await expect
    .poll(async () => Object.values((await deviceDraft(page)).entries).filter((entry) => entry.pending || entry.local).length)
    .toBe(0);
  const before = sent.length;

  const field = page.getByRole("textbox", { name: questionLabel("fr", findQuestion(questionnaire, "address")!) });
  for (const word of ["12 ", "rue ", "des ", "Lilas"]) {
    await field.pressSequentially(word, { delay: 60 });
    // A pause between words, longer than the device's own autosave delay: saved here, not sent.
    await page.waitForTimeout(500);
    await expect(page.getByText(text("fr", "autosave.saved"))).toBeVisible();
  }
  expect(sent.length).toBe(before);
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await page.waitForURL(/\/questions\/phone/);
  await expect.poll(() => sent.length).toBe(before + 1);
  expect(sent.at(-1)).toContain("12 rue des Lilas");

  // Stopping for a few seconds commits too (a person who puts the phone down mid-question).
  await page.getByRole("textbox", { name: questionLabel("fr", findQuestion(questionnaire, "phone")!) }).fill("06 12 34 56 78");
  await expect.poll(() => sent.length, { timeout: 10_000 }).toBe(before + 2);
  expect(sent.at(-1)).toContain("06 12 34 56 78");
  // Continue with the answer already sent sends nothing more.
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await page.waitForURL(/\/questions\/email/);
  await page.waitForTimeout(500);
  expect(sent.length).toBe(before + 2);

  const draft = await deviceDraft(page);
  const log = ((await (await request.get(`/api/v1/drafts/${draft.id}/log`, { headers: { Authorization: `Bearer ${draft.server.token}` } })).json()) as {
    log: Array<{ questionId: string }>;
  }).log;
  expect(log.filter((row) => row.questionId === "address")).toHaveLength(1);
  expect(log.filter((row) => row.questionId === "phone")).toHaveLength(1);
});
