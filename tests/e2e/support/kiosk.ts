// Making this browser an agency kiosk, as staff do once on /[lang]/kiosk.
import { expect, type Page } from "@playwright/test";
import { text } from "./texts";

export async function turnKioskOn(page: Page, lang = "fr") {
  await page.goto(`/${lang}/kiosk`);
  // The button is in the page's HTML before its script runs, and a press that early does nothing: press until it
  // takes (once it has, the button is "turn off" and is not pressed again).
  const start = page.getByRole("button", { name: text(lang, "kiosk.settings.start") });
  await expect(async () => {
    if (await start.isVisible()) await start.click();
    await expect(page.getByRole("status").filter({ hasText: text(lang, "kiosk.settings.on") })).toBeVisible({ timeout: 1_000 });
  }).toPass();
}

/**
 * Waits for the kiosk's bar, drawn with its inactivity watch once its code has loaded after the page (it is loaded only
 * on a kiosk): a test that moves the clock on before that moves it past a watch that has not started.
 */
export async function kioskWatching(page: Page, lang = "fr") {
  await expect(page.getByRole("button", { name: text(lang, "kiosk.finish") })).toBeVisible();
}
