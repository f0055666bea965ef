// A page downloads the texts of its own language only: each language's texts are one chunk, loaded for that
// language (components/i18n/I18nProvider.tsx), without the namespaces only the server reads. Counted by a key every
// language has exactly once. Nor does it
// download the help banner's or the kiosk's code on a device with no help under way and not set as a kiosk
// (components/help/HelpBannerWhenHelped.tsx, components/kiosk/KioskGuardWhenKiosk.tsx): counted by a text key
// only their code names.
import { expect, test } from "@playwright/test";
import { hydrated } from "./support/hydrated";
import { text } from "./support/texts";

for (const lang of ["fr", "ar"]) {
  test(`a page in ${lang} downloads one language's texts, and shows them once hydrated`, async ({ page, request }) => {
    const scripts = new Set<string>();
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.add(response.url());
    });
    await page.goto(`/${lang}`);
    await expect(page.getByRole("link", { name: text(lang, "start.button") })).toBeVisible();
    // The link above is in the server's HTML too: the page hydrates only once its language's chunk has arrived,
    // which on a loaded machine can come after a pause long enough to pass for "network idle".
    await hydrated(page);
    await page.waitForLoadState("networkidle");
    // Read again from the server: the browser may already have dropped a body it has run.
    const bodies = await Promise.all([...scripts].map(async (url) => (await request.get(url)).text()));
    // "tagline" is a key of the common texts: once per language's chunk.
    const copies = bodies.reduce((n, body) => n + (body.match(/"tagline"/g)?.length ?? 0), 0);
    expect(copies).toBe(1);
    // The staff's texts are their own chunks (lib/i18n/laterTexts.ts), not loaded here: "deletedEntry" is one of them.
    expect(bodies.filter((body) => body.includes("deletedEntry"))).toEqual([]);
    // Nor the privacy notice's, the accessibility statement's and the recap's, which only the server draws
    // (lib/i18n/resources.ts): "retention", "remedyPost" and "earlierVersion" are theirs.
    const serverOnly = ['"retention"', '"remedyPost"', '"earlierVersion"'];
    expect(bodies.filter((body) => serverOnly.some((key) => body.includes(key)))).toEqual([]);
    expect(bodies.filter((body) => body.includes("kiosk.idle.title") || body.includes("help.banner.takeBack"))).toEqual([]);
  });
}
