// One language on the device at first: the service worker keeps the pages of the language in use, and another
// language's pages once the person has opened one of them (app/sw.ts).
import { expect, test } from "@playwright/test";
import { waitForOfflineReady } from "./support/journey";
import { text } from "./support/texts";

test.use({ serviceWorkers: "allow" });

// A page never visited in this test (a question page would send a person with no answers to the first question).
const notice = (lang: string) => text(lang, "title", {}, "privacy");

test("offline, a language never opened says plainly that its pages are not on the device; once opened, it works offline", async ({ page, context }) => {
  await page.goto("/fr");
  await waitForOfflineReady(page);
  await context.setOffline(true);
  // French: every page is on the device, although this one was never visited.
  await page.goto("/fr/privacy");
  await expect(page.getByRole("heading", { level: 1, name: notice("fr") })).toBeVisible();

  // Arabic was never opened: its offline page says so, in Arabic.
  await page.goto("/ar/privacy");
  await expect(page.getByRole("heading", { level: 1, name: text("ar", "offline.title") })).toBeVisible();
  await expect(page.getByText(text("ar", "offline.body"))).toBeVisible();

  // Online, one Arabic page is opened: the whole language is then kept.
  await context.setOffline(false);
  await page.goto("/ar");
  await expect(page.getByRole("link", { name: text("ar", "start.button") })).toBeVisible();
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const name = (await caches.keys()).find((key) => key.includes("pages-ar"));
          return name ? Boolean(await (await caches.open(name)).match("/__complete")) : false;
        }),
      { timeout: 60_000 },
    )
    .toBe(true);
  await context.setOffline(true);
  await page.goto("/ar/privacy");
  await expect(page.getByRole("heading", { level: 1, name: notice("ar") })).toBeVisible();
});
