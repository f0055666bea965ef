// WCAG 1.4.12: with the text spacing a person may set (letters 0.12 em, words 0.16 em, lines 1.5, paragraphs 2 em)
// on a 320 px phone, the e-mail addresses of the statement and the privacy notice stay on the screen (issue 13).
import { expect, test } from "@playwright/test";

// The spacing is a style sheet added by the test, as a person's extension adds it: the page's policy would refuse it.
test.use({ viewport: { width: 320, height: 640 }, bypassCSP: true });

const SPACING = "* { letter-spacing: 0.12em !important; word-spacing: 0.16em !important; line-height: 1.5 !important; } p { margin-block-end: 2em !important; }";

for (const lang of ["fr", "ar"] as const) {
  for (const page of ["accessibility", "privacy"]) {
    test(`the e-mail address of the ${page} page fits 320 px with text spacing in ${lang}`, async ({ page: tab }) => {
      await tab.goto(`/${lang}/${page}`);
      await tab.addStyleTag({ content: SPACING });
      const addresses = tab.getByRole("link", { name: /@/ });
      await expect(addresses.first()).toBeVisible();
      for (const address of await addresses.all()) {
        const box = (await address.boundingBox())!;
        expect(box.x, "starts on the screen").toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, "ends on the screen").toBeLessThanOrEqual(320);
      }
    });
  }
}
