// Language of parts (WCAG 3.1.2): a French term kept inside another language's text is marked French, so screen
// readers and read-aloud say it with a French voice; a code is no word of any language and carries no `lang`.
import { expect, test } from "@playwright/test";
import { questionnaire } from "@/lib/questionnaire/definition";
import { findQuestion } from "@/lib/questionnaire/engine";
import { awa } from "@/tests/fixtures/people";
import { paris11 } from "@/tests/fixtures/agencies";
import { aDraftOnThisDevice } from "./support/drafts";
import { chooseAgencyAndSend } from "./support/journey";
import { installFakeSpeech, speech } from "./support/speech";
import { err, optionLabel, questionLabel, text } from "./support/texts";

const question = (id: string) => findQuestion(questionnaire, id)!;

test("a French term inside an Arabic text is marked French and read with a French voice, and codes carry no language", async ({ page, request }) => {
  await installFakeSpeech(page, [{ name: "صوت عربي", lang: "ar-SA" }, { name: "Voix française", lang: "fr-FR" }]);
  const reason = question("last-contract-reason");
  const beforeReason = Object.fromEntries(Object.entries(awa).slice(0, Object.keys(awa).indexOf("last-contract-reason")));
  await aDraftOnThisDevice(page, request, "ar", beforeReason);
  await page.goto("/ar/questions/last-contract-reason");
  const option = page.getByRole("radio", { name: optionLabel("ar", reason, "MUTUAL_TERMINATION"), exact: true });
  await expect(option).toBeVisible();
  await expect(page.getByText("rupture conventionnelle", { exact: true })).toHaveAttribute("lang", "fr");
  await page.getByRole("button", { name: text("ar", "readAloud.listen") }).click();
  const voiceOf = speech(page);
  const stop = page.getByRole("button", { name: text("ar", "readAloud.stop") });
  for (let parts = 0; parts < 100 && (await stop.isVisible()); parts += 1) await voiceOf.finish();
  expect(await voiceOf.spoken()).toContainEqual({ text: "rupture conventionnelle", lang: "fr-FR", voice: "Voix française" });

  await page.goto("/ar/resume");
  await expect(page.getByText(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)).toBeVisible();
  await expect(page.locator('main [lang="en"]')).toHaveCount(0);
  // Screen readers get the code one character at a time.
  await expect(page.getByText(/^[0-9A-Z] [0-9A-Z] [0-9A-Z] [0-9A-Z], [0-9A-Z] /)).toBeAttached();
});

test("French terms keep their language in an Arabic question's heading, in the answers shown on the check page and in the problems a send meets", async ({ page, request }) => {
  const reason = question("last-contract-reason");
  const disability = question("disability-status");
  await aDraftOnThisDevice(page, request, "ar", { ...awa, "last-contract-reason": "MUTUAL_TERMINATION" });
  await expect(page.getByRole("heading", { level: 1, name: text("ar", "check.title") })).toBeVisible();
  const answer = page.getByRole("definition").filter({ hasText: optionLabel("ar", reason, "MUTUAL_TERMINATION") });
  await expect(answer.getByText("rupture conventionnelle", { exact: true })).toHaveAttribute("lang", "fr");

  // The server refuses an answer whose question holds a French term: the summary's link and the answer's row say it.
  await page.route(/\/submission$/, (route) =>
    route.fulfill({ status: 422, contentType: "application/json", body: JSON.stringify({ error: "invalid-answers", problems: [{ question: "disability-status", error: "choice.unknown" }] }) }),
  );
  await chooseAgencyAndSend(page, "ar", paris11);
  const problem = text("ar", "send.errors.answer", { question: questionLabel("ar", disability), error: err("ar", "choice.unknown") });
  const summaryLink = page.getByRole("link", { name: problem });
  await expect(summaryLink.getByText("RQTH", { exact: true })).toHaveAttribute("lang", "fr");
  const row = page.getByRole("definition").filter({ hasText: problem });
  await expect(row.getByText("RQTH", { exact: true })).toHaveAttribute("lang", "fr");
  await page.unroute(/\/submission$/);

  await page.goto("/ar/questions/disability-status");
  const heading = page.getByRole("heading", { level: 1, name: questionLabel("ar", disability) });
  await expect(heading).toBeVisible();
  await expect(heading.getByText("RQTH", { exact: true })).toHaveAttribute("lang", "fr");
});
