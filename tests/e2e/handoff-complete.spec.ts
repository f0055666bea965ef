// A person in Arabic and a helper in French complete and send a whole file together, in both modes; sending ends
// the help.
import { expect, test } from "@playwright/test";
import { questionnaire } from "@/lib/questionnaire/definition";
import { findQuestion } from "@/lib/questionnaire/engine";
import { paris11 } from "@/tests/fixtures/agencies";
import { awa } from "@/tests/fixtures/people";
import { chooseAgencyAndSend, walkToCheck } from "./support/journey";
import { questionLabel, text } from "./support/texts";
import { hydrated } from "./support/hydrated";

test("a person in Arabic and a helper in French complete the file together, each in their language", async ({ page, browser }) => {
  const helperContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `helper-${crypto.randomUUID()}` } });
  const helper = await helperContext.newPage();

  await page.goto("/ar");
  await page.getByRole("link", { name: text("ar", "start.button") }).click();
  await page.waitForURL(/\/ar\/questions\/filling-mode/);
  await page.getByRole("link", { name: text("ar", "help.link") }).click();
  await page.getByRole("button", { name: text("ar", "help.remote.show") }).click();
  const code = (await page.getByText(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/).textContent())!;

  await helper.goto("/fr/aide");
  // A choice made before React takes over the form can be reset as it does.
  await hydrated(helper);
  await helper.getByRole("textbox", { name: text("fr", "helper.codeLabel") }).fill(code);
  await helper.getByRole("radio", { name: text("fr", "help.roles.counsellor") }).check();
  await helper.getByRole("textbox", { name: text("fr", "help.fields.name") }).fill("Claire");
  await helper.getByRole("button", { name: text("fr", "helper.join") }).click();

  const banner = page.getByRole("region", { name: text("ar", "help.banner.label") });
  await expect(banner).toContainText(text("ar", "help.banner.request", { name: "Claire", role: text("ar", "help.roles.counsellor") }));
  await banner.getByRole("button", { name: text("ar", "help.banner.accept") }).click();
  await expect(helper.getByRole("heading", { name: text("fr", "helper.liveTitle") })).toBeVisible();
  await page.getByRole("link", { name: text("ar", "back") }).click();
  await page.waitForURL(/\/ar\/questions\/filling-mode/);

  // The person types in Arabic while the helper guides; for the travel time, the helper types in French.
  const { "travel-time": travel, ...personScript } = awa;
  const travelTime = findQuestion(questionnaire, "travel-time")!;
  await walkToCheck(page, "ar", personScript, async (question) => {
    // Where the helper is, in the person's banner: the French term in the question's name is said in French.
    if (question.id === "disability-status") await expect(banner.getByText("RQTH", { exact: true })).toHaveAttribute("lang", "fr");
    if (question.id !== "travel-time") return;
    await expect(helper.getByText(text("fr", "helper.personAt", { place: `${text("fr", "sections.job-wanted", {}, "questionnaire")} – ${questionLabel("fr", travelTime)}` }))).toBeVisible();
    await banner.getByRole("button", { name: text("ar", "help.mode.letHelperType") }).click();
    await helper.getByRole("textbox", { name: questionLabel("fr", travelTime) }).fill(travel as string);
    await expect(page.getByRole("textbox", { name: questionLabel("ar", travelTime) })).toHaveValue(travel as string, { timeout: 5_000 });
    await banner.getByRole("button", { name: text("ar", "help.mode.takeOver") }).click();
    await expect(banner).toContainText(text("ar", "help.mode.personTypes"));
  });

  // The check page marks the answer the helper typed; the person sends the file.
  await expect(page.getByText(text("ar", "history.withHelp", { name: "Claire", role: text("ar", "help.roles.counsellor") }))).toBeVisible();
  expect((await chooseAgencyAndSend(page, "ar", paris11)).status()).toBe(201);
  await expect(page.getByRole("heading", { level: 1, name: text("ar", "confirmation.title") })).toBeVisible();

  // Sending ends the help: the person's banner goes, and the helper's screen says the help is over.
  await expect(banner).toBeHidden();
  await expect(helper.getByRole("heading", { name: text("fr", "helper.ended") })).toBeVisible();
  await helperContext.close();
});
