// The privacy notice: in every language it states the periods the server keeps data for, and a
// person finds it from the footer of any page, from the start page and from "Who will see my answer?", offline too.
import { expect, test, type Page } from "@playwright/test";
import { locales } from "@/lib/i18n/settings";
import { complaintUrl, privacyContact, retentionDays } from "@/lib/privacy";
import { waitForOfflineReady } from "./support/journey";
import { watchForViolations } from "./support/policy";
import { text } from "./support/texts";

const privacy = (lang: string, key: string, params: Record<string, string | number> = {}) => text(lang, key, params, "privacy");

/** The sentence the translator picks for `count` in `lang` (Arabic says "one day" and "two days" in words, with no figure). */
const counted = (lang: string, key: string, count: number) => privacy(lang, `${key}_${new Intl.PluralRules(lang).select(count)}`, { count });

async function expectNotice(page: Page, lang: string) {
  await expect(page.getByRole("heading", { level: 1, name: privacy(lang, "title") })).toBeVisible();
}

for (const lang of locales) {
  test(`the privacy notice in ${lang} says how long data is kept and whom to write to`, async ({ page }) => {
    const check = await watchForViolations(page);
    await page.goto(`/${lang}/privacy`);
    await expectNotice(page, lang);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(page).toHaveTitle(text(lang, "pageTitle", { title: privacy(lang, "title") }));

    // The figures the build read from lib/privacy, the module the purge applies (defaults unless configured).
    await expect(page.getByText(counted(lang, "retention.draftIdle", retentionDays.draftIdle), { exact: true })).toBeVisible();
    await expect(page.getByText(counted(lang, "retention.sentFile", retentionDays.sentFile), { exact: true })).toBeVisible();
    await expect(page.getByText(counted(lang, "retention.helpSession", retentionDays.helpSession), { exact: true })).toBeVisible();
    await expect(page.getByText(counted(lang, "retention.counters", retentionDays.counters), { exact: true })).toBeVisible();
    await expect(page.getByText(counted(lang, "use.deleteTrace", retentionDays.sentFile), { exact: true })).toBeVisible();

    const contact = page.getByRole("link", { name: privacyContact, exact: true });
    await expect(contact).toHaveCount(2);
    await expect(contact.first()).toHaveAttribute("href", `mailto:${privacyContact}`);
    await expect(page.getByRole("link", { name: privacy(lang, "use.complaintLink") })).toHaveAttribute("href", complaintUrl);

    await page.waitForLoadState("networkidle");
    expect(await check()).toEqual({ violations: [], policyErrors: [] });
  });
}

for (const lang of ["fr", "ar"] as const) {
  test(`in ${lang}, a person finds the notice from the footer and from the start page`, async ({ page }) => {
    await page.goto(`/${lang}`);
    await page.getByRole("contentinfo").getByRole("link", { name: text(lang, "privacyLinks.footer") }).click();
    await page.waitForURL(`**/${lang}/privacy`);
    await expectNotice(page, lang);

    await page.goto(`/${lang}`);
    await page.getByRole("main").getByRole("link", { name: privacy(lang, "startLink") }).click();
    await page.waitForURL(`**/${lang}/privacy`);
    await expectNotice(page, lang);
  });

  test(`in ${lang}, "Who will see my answer?" leads to the notice`, async ({ page }) => {
    await page.goto(`/${lang}`);
    await page.getByRole("link", { name: text(lang, "start.button") }).click();
    await page.waitForURL(/\/questions\//);
    const link = page.getByRole("link", { name: text(lang, "privacyLinks.who") });
    // Inside the disclosure: hidden until the person opens it.
    await expect(link).toBeHidden();
    await page.getByText(text(lang, "who"), { exact: true }).click();
    await link.click();
    await page.waitForURL(`**/${lang}/privacy`);
    await expectNotice(page, lang);
  });
}

test.describe("with the service worker", () => {
  test.use({ serviceWorkers: "allow" });

  test("the notice opens offline once the app is on the device", async ({ page, context }) => {
    await page.goto("/fr");
    await waitForOfflineReady(page);
    await context.setOffline(true);
    await page.goto("/fr/privacy");
    await expectNotice(page, "fr");
    await expect(page.getByText(counted("fr", "retention.sentFile", retentionDays.sentFile), { exact: true })).toBeVisible();
    await context.setOffline(false);
  });
});
