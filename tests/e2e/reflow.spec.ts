// Zoomed to 200 % on a 640 px screen, or on a 320 px phone, every screen of the file fits without scrolling
// sideways (WCAG 1.4.10 Reflow), in French and in Arabic.
import { expect, test, type Page } from "@playwright/test";
import { awa } from "@/tests/fixtures/people";
import { walkToCheck } from "./support/journey";
import { text } from "./support/texts";

test.use({ viewport: { width: 320, height: 640 } });

async function expectNoSidewaysScroll(page: Page, screen: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal scrolling on ${screen}`).toBeLessThanOrEqual(0);
}

for (const lang of ["fr", "ar"] as const) {
  test(`every screen fits 320 px without scrolling sideways in ${lang}`, async ({ page }) => {
    await page.goto(`/${lang}`);
    await expectNoSidewaysScroll(page, "start");
    await page.getByRole("link", { name: text(lang, "start.button") }).click();
    await page.waitForURL(/\/questions\//);
    await walkToCheck(page, lang, awa, (question) => expectNoSidewaysScroll(page, question.id));
    await expectNoSidewaysScroll(page, "check");
    for (const path of ["resume", "help", "history"]) {
      await page.goto(`/${lang}/${path}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoSidewaysScroll(page, path);
    }
  });
}
