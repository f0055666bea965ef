// Each language installs as its own app: the manifest route, called directly, and the icons it names. (That every
// page links its language's manifest is checked on every screen by tests/e2e/every-screen.spec.ts.)
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { GET as manifestOf } from "@/app/[lang]/manifest.webmanifest/route";
import { dirOf, locales } from "@/lib/i18n/settings";

const get = (lang: string) => manifestOf(new Request(`http://relais.test/${lang}/manifest.webmanifest`), { params: Promise.resolve({ lang }) });

describe("the web app manifest", () => {
  for (const lang of locales) {
    it(`in ${lang} is installable and opens the app in ${lang}`, async () => {
      const response = await get(lang);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get("content-type"), "application/manifest+json");
      const manifest = (await response.json()) as Record<string, unknown> & { icons: Array<{ sizes: string; src: string }> };
      assert.deepEqual(
        { start_url: manifest.start_url, lang: manifest.lang, dir: manifest.dir, display: manifest.display, short_name: manifest.short_name },
        { start_url: `/${lang}`, lang, dir: dirOf(lang), display: "standalone", short_name: "Relais" },
      );
      const sizes = manifest.icons.map((icon) => icon.sizes);
      for (const size of ["192x192", "512x512"]) assert.ok(sizes.includes(size), `${size} icon`);
      for (const icon of manifest.icons) assert.ok(existsSync(path.join("public", icon.src)), `${icon.src} is served from public/`);
    });
  }

  it("is not found for a language the app does not speak", async () => {
    assert.equal((await get("xx")).status, 404);
  });
});
