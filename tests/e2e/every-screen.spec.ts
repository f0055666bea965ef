// Every screen, in every language: no axe violation (WCAG 2.2 AA rules), and nothing scrolls sideways on a 320 px
// phone nor with text at 200 % on a 640 px screen (WCAG 1.4.4 and 1.4.10). The person's screens, the helper's
// screens, and the pages around the file. Disclosures are opened, so their content is checked too.
import { expect, test, type Page } from "@playwright/test";
import { locales } from "@/lib/i18n/settings";
import { paris11 } from "@/tests/fixtures/agencies";
import { awa } from "@/tests/fixtures/people";
import { expectNoAxeViolations } from "./support/axe";
import { chooseAgencyAndSend, walkToCheck } from "./support/journey";
import { text } from "./support/texts";

async function sidewaysOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function checkScreen(page: Page, lang: string, screen: string) {
  const name = `${lang} ${screen}`;
  // Open every disclosure (words explained, why, who) so axe checks what they hold too.
  await page.evaluate(() => document.querySelectorAll("details").forEach((details) => (details.open = true)));
  await expectNoAxeViolations(page, name);
  expect(await sidewaysOverflow(page), `sideways scrolling at 320 px on ${name}`).toBeLessThanOrEqual(0);
  // Text at 200 % on a 640 px screen: the browser's text zoom, as a person with low vision sets it.
  await page.setViewportSize({ width: 640, height: 900 });
  await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
  expect(await sidewaysOverflow(page), `sideways scrolling with text at 200 % on ${name}`).toBeLessThanOrEqual(0);
  await page.evaluate(() => (document.documentElement.style.fontSize = ""));
  await page.setViewportSize({ width: 320, height: 640 });
}

async function visit(page: Page, lang: string, path: string, heading: string) {
  await page.goto(`/${lang}${path}`);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await checkScreen(page, lang, path);
}

test.use({ viewport: { width: 320, height: 640 } });

for (const lang of locales) {
  test(`every screen in ${lang} is accessible and fits a small screen`, async ({ page }) => {
    test.setTimeout(480_000);
    await page.goto(`/${lang}`);
    await expect(page.getByRole("heading", { level: 1, name: text(lang, "start.title") })).toBeVisible();
    await checkScreen(page, lang, "start");
    await page.getByRole("link", { name: text(lang, "start.button") }).click();
    await page.waitForURL(/\/questions\//);
    await walkToCheck(page, lang, awa, (question) => checkScreen(page, lang, question.id));
    await expect(page.getByRole("heading", { level: 1, name: text(lang, "check.title") })).toBeVisible();
    await checkScreen(page, lang, "check");

    // Helper mode on the same phone: the banner and the guidance beside each question.
    await page.getByRole("link", { name: text(lang, "help.link") }).click();
    await expect(page.getByRole("heading", { level: 1, name: text(lang, "help.title") })).toBeVisible();
    await checkScreen(page, lang, "help");
    await page.getByRole("radio", { name: text(lang, "help.roles.volunteer") }).check();
    await page.getByRole("textbox", { name: text(lang, "help.fields.name") }).fill("Fatou");
    await page.getByRole("button", { name: text(lang, "help.sameDevice.start") }).click();
    await page.waitForURL(/\/check$/);
    await page.goto(`/${lang}/questions/current-activity`);
    await expect(page.getByRole("complementary", { name: text(lang, "title", {}, "guidance") })).toBeVisible();
    await checkScreen(page, lang, "question in helper mode");
    const banner = page.getByRole("region", { name: text(lang, "help.banner.label") });
    await banner.getByRole("button", { name: text(lang, "help.banner.takeBack") }).click();
    await expect(banner).toBeHidden();

    // A helper joining from their own device: the code to show them, and the helper's own page.
    await page.getByRole("link", { name: text(lang, "help.link") }).click();
    await page.getByRole("button", { name: text(lang, "help.remote.show") }).click();
    await expect(page.getByText(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/)).toBeVisible();
    await checkScreen(page, lang, "join code");
    await visit(page, lang, "/aide", text(lang, "helper.title"));

    await visit(page, lang, "/history", text(lang, "history.title"));
    await visit(page, lang, "/resume", text(lang, "resume.title"));
    await visit(page, lang, "/kiosk", text(lang, "kiosk.settings.title"));
    await visit(page, lang, "/offline", text(lang, "offline.title"));
    await visit(page, lang, "/accessibility", text(lang, "accessibility.title"));

    await page.goto(`/${lang}/check`);
    await chooseAgencyAndSend(page, lang, paris11);
    await expect(page.getByRole("heading", { level: 1, name: text(lang, "confirmation.title") })).toBeVisible();
    await checkScreen(page, lang, "confirmation");
    await page.getByRole("link", { name: text(lang, "sent.seeMyFile") }).click();
    await expect(page.getByRole("heading", { level: 1, name: text(lang, "myFile.title") })).toBeVisible();
    await checkScreen(page, lang, "my file");
  });
}
