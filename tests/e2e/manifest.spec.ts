// Each language installs as its own app: the manifest, its icons, and the link from the pages.
import { expect, test } from "@playwright/test";

test("each language has an installable manifest that opens the app in that language", async ({ request, page }) => {
  for (const lang of ["fr", "en", "ar"]) {
    const response = await request.get(`/${lang}/manifest.webmanifest`);
    expect(response.status()).toBe(200);
    const manifest = await response.json();
    expect(manifest).toMatchObject({ start_url: `/${lang}`, lang, display: "standalone", short_name: "Relais" });
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    for (const icon of manifest.icons) expect((await request.get(icon.src)).status()).toBe(200);
  }
  await page.goto("/ar");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/ar/manifest.webmanifest");
});
