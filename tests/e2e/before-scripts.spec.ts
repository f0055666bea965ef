// On a slow phone or a busy kiosk, people type into a server-rendered form before its scripts have run. When the
// scripts take over, what they typed and ticked is still there, and the form works with it.
import { expect, test, type Page } from "@playwright/test";
import { paris11 } from "@/tests/fixtures/agencies";
import { hydrated } from "./support/hydrated";
import { agencyOption } from "./support/journey";
import { text } from "./support/texts";

/** Opens a page whose scripts arrive late, so that what the test types next is typed before they run. */
async function openWithLateScripts(page: Page, path: string) {
  let release!: () => void;
  const late = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/chunks\/.*\.js$/, async (route) => {
    await late;
    await route.continue();
  });
  await page.goto(path, { waitUntil: "commit" });
  return async () => {
    // Still the bare page: nothing typed so far went through React.
    expect(await page.evaluate(() => Object.keys(document.querySelector("main") ?? {}).some((key) => key.startsWith("__react")))).toBe(false);
    release();
    await hydrated(page);
  };
}

test("what staff type in the kiosk's agency search before the scripts run is searched", async ({ page }) => {
  const scriptsRun = await openWithLateScripts(page, "/ar/kiosk");
  const search = page.getByRole("textbox", { name: text("ar", "send.agency.searchLabel") });
  await search.fill("750");
  await scriptsRun();
  await expect(search).toHaveValue("750");
  await expect(page.getByRole("radio", { name: agencyOption("ar", paris11), exact: true })).toBeVisible();
});

test("what a helper types and ticks to join before the scripts run is kept", async ({ page }) => {
  const scriptsRun = await openWithLateScripts(page, "/fr/aide");
  const code = page.getByRole("textbox", { name: text("fr", "helper.codeLabel") });
  await code.fill("K7PM3QRT");
  await page.getByRole("radio", { name: text("fr", "help.roles.social-worker") }).check();
  await page.getByRole("textbox", { name: text("fr", "help.fields.name") }).fill("Inès");
  await scriptsRun();
  await expect(code).toHaveValue("K7PM3QRT");
  await expect(page.getByRole("radio", { name: text("fr", "help.roles.social-worker") })).toBeChecked();
  await expect(page.getByRole("textbox", { name: text("fr", "help.fields.name") })).toHaveValue("Inès");
});

test("a resume code typed before the scripts run is kept", async ({ page }) => {
  const scriptsRun = await openWithLateScripts(page, "/fr/resume");
  const code = page.getByRole("textbox", { name: text("fr", "resume.inputLabel") });
  await code.fill("ABCD-EFGH-JKMN");
  await scriptsRun();
  await expect(code).toHaveValue("ABCD-EFGH-JKMN");
});
