// A helper assists: on the same phone, or from their own device with the person's consent; the person can
// refuse, let the helper type, and stop the help at any time; the log shows who entered what; sending ends the help.
import { expect, test, type Page } from "@playwright/test";
import { questionnaire } from "@/lib/questionnaire/definition";
import { findQuestion } from "@/lib/questionnaire/engine";
import { paris11 } from "@/tests/fixtures/agencies";
import { awa } from "@/tests/fixtures/people";
import { expectNoAxeViolations } from "./support/axe";
import { aDraftOnThisDevice } from "./support/drafts";
import { answer, chooseAgencyAndSend } from "./support/journey";
import { err, optionLabel, questionLabel, text } from "./support/texts";
import { hydrated } from "./support/hydrated";

const question = (id: string) => findQuestion(questionnaire, id)!;
const role = (r: string) => text("fr", `help.roles.${r}`);

async function start(page: Page) {
  await page.goto("/fr");
  await page.getByRole("link", { name: text("fr", "start.button") }).click();
  await page.waitForURL(/\/questions\/filling-mode/);
}

async function continueFrom(page: Page, id: string) {
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await page.waitForURL((url) => !url.pathname.endsWith(`/questions/${id}`));
}

async function showJoinCode(page: Page): Promise<string> {
  await page.getByRole("link", { name: text("fr", "help.link") }).click();
  await page.getByRole("button", { name: text("fr", "help.remote.show") }).click();
  const code = page.getByText(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expect(code).toBeVisible();
  // The QR code's encoder is loaded once a code is shown (components/help/JoinQrCode.tsx).
  await expect(page.getByRole("img", { name: text("fr", "help.remote.qrLabel") })).toBeVisible();
  return (await code.textContent())!;
}

async function askToJoin(helper: Page, code: string, who: { role: string; name: string }) {
  await helper.goto("/fr/aide");
  // A choice made before React takes over the form can be reset as it does.
  await hydrated(helper);
  await helper.getByRole("textbox", { name: text("fr", "helper.codeLabel") }).fill(code);
  await helper.getByRole("radio", { name: role(who.role) }).check();
  await helper.getByRole("textbox", { name: text("fr", "help.fields.name") }).fill(who.name);
  await helper.getByRole("button", { name: text("fr", "helper.join") }).click();
}

test("a volunteer fills in on the person's phone, and the answers are marked as entered with help", async ({ page }) => {
  await start(page);
  await page.getByRole("link", { name: text("fr", "help.link") }).click();
  await expect(page.getByRole("heading", { level: 1, name: text("fr", "help.title") })).toBeVisible();
  await page.getByRole("radio", { name: role("volunteer") }).check();
  await page.getByRole("textbox", { name: text("fr", "help.fields.name") }).fill("Fatou");
  await page.getByRole("button", { name: text("fr", "help.sameDevice.start") }).click();
  await page.waitForURL(/\/questions\/filling-mode/);

  const banner = page.getByRole("region", { name: text("fr", "help.banner.label") });
  await expect(banner).toContainText(text("fr", "help.banner.sameDevice", { name: "Fatou", role: role("volunteer") }));
  await expect(page.getByRole("complementary", { name: text("fr", "title", {}, "guidance") })).toBeVisible();
  await page.getByRole("radio", { name: optionLabel("fr", question("filling-mode"), "WITH_HELP") }).check();
  await continueFrom(page, "filling-mode");
  // First and last name are on one screen (issue 14): the helper types both.
  await page.getByRole("textbox", { name: questionLabel("fr", question("first-name")) }).fill("Awa");
  await page.getByRole("textbox", { name: questionLabel("fr", question("last-name")) }).fill("Diallo");
  await continueFrom(page, "first-name");

  // One tap gives the phone back: the guidance goes and answers are the person's again.
  await banner.getByRole("button", { name: text("fr", "help.banner.takeBack") }).click();
  await expect(banner).toBeHidden();
  await answer(page, "fr", question("birth-date"), awa["birth-date"]!);
  await continueFrom(page, "birth-date");

  await page.goto("/fr/history");
  const withHelp = `${text("fr", "history.helper", { name: "Fatou", role: role("volunteer") })}, ${text("fr", "history.sameDevice")}`;
  // Newest first: each change typed is in the log, the latest one on top.
  await expect(page.getByRole("listitem").filter({ hasText: questionLabel("fr", question("first-name")) }).first()).toContainText(withHelp);
  await expect(page.getByRole("listitem").filter({ hasText: questionLabel("fr", question("last-name")) }).first()).toContainText(withHelp);
  await expect(page.getByRole("listitem").filter({ hasText: questionLabel("fr", question("birth-date")) }).first()).toContainText(`${text("fr", "history.you")}, `);
  await expectNoAxeViolations(page, "answer history");
});

test("a social worker joins from their own device only with the person's consent, types when allowed, and loses access when the help stops", async ({ page, browser }) => {
  const helperContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `helper-${crypto.randomUUID()}` } });
  const helper = await helperContext.newPage();
  await start(page);
  await page.getByRole("radio", { name: optionLabel("fr", question("filling-mode"), "WITH_HELP") }).check();
  await continueFrom(page, "filling-mode");

  // A wrong code is refused plainly.
  await askToJoin(helper, "ZZZZ-ZZZZ", { role: "social-worker", name: "Marc" });
  await expect(helper.getByRole("link", { name: err("fr", "help.unknownCode") })).toBeVisible();
  await expectNoAxeViolations(helper, "helper page with a wrong code");

  // First request: the person refuses.
  let code = await showJoinCode(page);
  await askToJoin(helper, code, { role: "social-worker", name: "Marc" });
  await expect(helper.getByText(text("fr", "helper.waiting"))).toBeVisible();
  const banner = page.getByRole("region", { name: text("fr", "help.banner.label") });
  await expect(banner).toContainText(text("fr", "help.banner.request", { name: "Marc", role: role("social-worker") }));
  await banner.getByRole("button", { name: text("fr", "help.banner.refuse") }).click();
  await expect(helper.getByRole("heading", { name: text("fr", "helper.refused") })).toBeVisible();
  await helper.getByRole("button", { name: text("fr", "helper.again") }).click();

  // The used code does not work twice; a new one, accepted.
  await askToJoin(helper, code, { role: "social-worker", name: "Marc" });
  await expect(helper.getByRole("link", { name: err("fr", "help.unknownCode") })).toBeVisible();
  await banner.getByRole("button", { name: text("fr", "help.banner.close") }).click();
  code = await showJoinCode(page);
  await askToJoin(helper, code, { role: "social-worker", name: "Marc" });
  await banner.getByRole("button", { name: text("fr", "help.banner.accept") }).click();
  await expect(helper.getByRole("heading", { name: text("fr", "helper.liveTitle") })).toBeVisible();
  await expectNoAxeViolations(helper, "helper live view");

  // The person types; the helper sees where they are and what they wrote.
  const place = (id: string) => `${text("fr", "sections.me", {}, "questionnaire")} – ${questionLabel("fr", question(id))}`;
  await page.goto("/fr/questions/first-name");
  await expect(helper.getByText(text("fr", "helper.personAt", { place: place("first-name") }))).toBeVisible();
  await page.getByRole("textbox", { name: questionLabel("fr", question("first-name")) }).fill("Awa");
  await page.getByRole("textbox", { name: questionLabel("fr", question("last-name")) }).fill("Diallo");
  await continueFrom(page, "first-name");
  await expect(helper.getByText(text("fr", "helper.personAt", { place: place("birth-date") }))).toBeVisible();
  // Back one screen: both names, asked on one screen, are there.
  await helper.getByRole("button", { name: text("fr", "helper.previous") }).click();
  await expect(helper.getByText("Awa", { exact: true })).toBeVisible();
  await expect(helper.getByText("Diallo", { exact: true })).toBeVisible();
  await expect(banner).toContainText(text("fr", "help.banner.helperAt", { place: place("first-name") }));

  // The helper may type only once the person says so.
  await expect(helper.getByRole("textbox", { name: questionLabel("fr", question("first-name")) })).toHaveCount(0);
  await banner.getByRole("button", { name: text("fr", "help.mode.letHelperType") }).click();
  // The person goes back to the names; the helper follows and corrects the last name, asked under the first: the
  // person sees it change.
  await page.getByRole("link", { name: text("fr", "back") }).click();
  await page.waitForURL(/\/questions\/first-name/);
  await expect(helper.getByText(text("fr", "helper.personAt", { place: place("first-name") }))).toBeVisible();
  await helper.getByRole("button", { name: text("fr", "helper.follow") }).click();
  const helperLastName = helper.getByRole("textbox", { name: questionLabel("fr", question("last-name")) });
  await expect(helperLastName).toHaveValue("Diallo");
  await helperLastName.fill("Diallo-Sow");
  await expect(page.getByRole("textbox", { name: questionLabel("fr", question("last-name")) })).toHaveValue("Diallo-Sow", { timeout: 10_000 });
  await expect(page.getByRole("textbox", { name: questionLabel("fr", question("first-name")) })).toHaveValue("Awa");

  // Stop: the helper's screen ends at once (that their token then opens nothing is tests/integration/helpApi.test.ts).
  await banner.getByRole("button", { name: text("fr", "help.banner.stop") }).click();
  await expect(helper.getByRole("heading", { name: text("fr", "helper.ended") })).toBeVisible();

  await page.goto("/fr/history");
  await expect(page.getByRole("listitem").filter({ hasText: questionLabel("fr", question("last-name")) }).first()).toContainText(
    `${text("fr", "history.helper", { name: "Marc", role: role("social-worker") })}, ${text("fr", "history.helperDevice")}`,
  );
  await helperContext.close();
});

test("sending ends the help on the phone, and the next file starts without the helper", async ({ page, request }) => {
  await aDraftOnThisDevice(page, request, "fr", awa);
  await page.waitForURL(/\/check$/);
  await page.getByRole("link", { name: text("fr", "help.link") }).click();
  await page.getByRole("radio", { name: role("volunteer") }).check();
  await page.getByRole("textbox", { name: text("fr", "help.fields.name") }).fill("Fatou");
  await page.getByRole("button", { name: text("fr", "help.sameDevice.start") }).click();
  await page.waitForURL(/\/check$/);
  const banner = page.getByRole("region", { name: text("fr", "help.banner.label") });
  await expect(banner).toBeVisible();

  expect((await chooseAgencyAndSend(page, "fr", paris11)).status()).toBe(201);
  await expect(page.getByRole("heading", { level: 1, name: text("fr", "confirmation.title") })).toBeVisible();
  await expect(banner).toBeHidden();
  await page.getByRole("button", { name: text("fr", "confirmation.newFile") }).click();
  await page.waitForURL(/\/fr$/);
  await page.getByRole("link", { name: text("fr", "start.button") }).click();
  await page.waitForURL(/\/questions\/filling-mode$/);
  await expect(banner).toBeHidden();
  await expect(page.getByRole("complementary", { name: text("fr", "title", {}, "guidance") })).toHaveCount(0);
  await page.getByRole("radio", { name: optionLabel("fr", question("filling-mode"), "ALONE") }).check();
  await continueFrom(page, "filling-mode");
  await page.goto("/fr/history");
  await expect(page.getByRole("listitem").filter({ hasText: questionLabel("fr", question("filling-mode")) }).first()).toContainText(`${text("fr", "history.you")}, `);
});
