// Every screen, in every language: the page says its language and direction (`lang`, `dir`), links the manifest of
// that language, meets no policy violation, and nothing scrolls sideways on a 320 px phone nor with text at 200 % on
// a 640 px screen (WCAG 1.4.4 and 1.4.10), the content's disclosures open (and the header's language list, once).
// The person's screens — every question, met in order by pressing Continue through a file put on the device
// beforehand (nothing is typed) — the helper's, and the pages around the file, each loaded on its own; from the
// kiosk settings on, as on an agency kiosk.
// Accessibility scans (axe) are in accessibility.spec.ts, once per template in French and in Arabic; each page's
// policy against its own inline scripts, without a browser, in headers.spec.ts.
import { expect, test, type Locator } from "@playwright/test";
import { dirOf, locales } from "@/lib/i18n/settings";
import { questionnaire } from "@/lib/questionnaire/definition";
import { paris11 } from "@/tests/fixtures/agencies";
import { awaEveryBranch } from "@/tests/fixtures/people";
import { aDraftOnThisDevice } from "./support/drafts";
import { hydrated } from "./support/hydrated";
import { chooseAgencyAndSend } from "./support/journey";
import { turnKioskOn } from "./support/kiosk";
import { VIOLATIONS, watchForViolations } from "./support/policy";
import { err, questionLabel, text } from "./support/texts";

test.use({ viewport: { width: 320, height: 640 } });

for (const lang of locales) {
  test(`every screen in ${lang} says its language and fits a small screen`, async ({ page, request }) => {
    test.setTimeout(300_000);
    const policy = await watchForViolations(page);
    const heading = (name: string) => page.getByRole("heading", { level: 1, name });

    // Each screen is measured at 320 px, and with text at 200 % on a 640 px screen (the browser's text zoom, as a
    // person with low vision sets it), in whichever order saves a resize: the next screen starts at the width this
    // one ended at. One round trip per width.
    let wide = false;
    const size = (atWide: boolean) => (atWide ? { width: 640, height: 900 } : { width: 320, height: 640 });
    const measure = (manifest: string | null) =>
      page.evaluate(
        async ({ wide, manifest, violations }) => {
          // After a move to the next question, React puts the page's metadata back in the head a moment later.
          const manifestNow = () => document.head.querySelector('link[rel="manifest"]')?.getAttribute("href") ?? null;
          for (let waited = 0; manifest !== null && manifestNow() !== manifest && waited < 5000; waited += 50) {
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
          document.querySelectorAll<HTMLDetailsElement>("main details").forEach((details) => (details.open = true));
          const root = document.documentElement;
          if (wide) root.style.fontSize = "200%";
          const sideways = root.scrollWidth - root.clientWidth;
          root.style.fontSize = "";
          return {
            lang: root.lang,
            dir: root.dir,
            manifest: manifestNow(),
            sideways,
            violations: (window as unknown as Record<string, string[] | undefined>)[violations] ?? [],
          };
        },
        { wide, manifest, violations: VIOLATIONS },
      );

    async function checkScreen(screen: string, shown: Locator, app = true) {
      const name = `${lang} ${screen}`;
      await expect(shown, name).toBeVisible();
      // The manifest is in the app's frame (the page for an unknown address has a frame of its own).
      const first = await measure(app ? `/${lang}/manifest.webmanifest` : null);
      if (app) expect(first.manifest, name).toBe(`/${lang}/manifest.webmanifest`);
      const firstWide = wide;
      wide = !wide;
      await page.setViewportSize(size(wide));
      const second = await measure(null);
      const [at320, at200] = firstWide ? [second, first] : [first, second];
      expect({ lang: at320.lang, dir: at320.dir }, name).toEqual({ lang, dir: dirOf(lang) });
      expect(at320.sideways, `sideways scrolling at 320 px on ${name}`).toBeLessThanOrEqual(0);
      expect(at200.sideways, `sideways scrolling with text at 200 % on ${name}`).toBeLessThanOrEqual(0);
      // Read last, so scripts the page loads late had their chance to be refused.
      expect(await policy(second.violations), name).toEqual({ violations: [], policyErrors: [] });
    }
    async function visit(screen: string, path: string, title: string) {
      await page.goto(`/${lang}${path}`);
      await checkScreen(screen, heading(title));
    }

    await visit("start", "", text(lang, "start.title"));
    const languages = page.getByRole("navigation", { name: text(lang, "languageSwitch.label") });
    await languages.getByText(text(lang, `languages.${lang}`), { exact: true }).first().click();
    await checkScreen("language list open", languages.getByRole("link").first());
    await visit("offline", "/offline", text(lang, "offline.title"));
    await visit("accessibility statement", "/accessibility", text(lang, "title", {}, "accessibility"));
    await visit("privacy notice", "/privacy", text(lang, "title", {}, "privacy"));
    await visit("task list", "/tasks", text(lang, "tasks.title"));
    // The rest as on an agency kiosk: its bar on every screen, and what it says once the file is sent.
    await turnKioskOn(page, lang);
    await checkScreen("kiosk settings", heading(text(lang, "kiosk.settings.title")));
    await visit("helper's page", "/aide", text(lang, "helper.title"));
    await page.goto(`/${lang}/does-not-exist`);
    await checkScreen("an address that matches nothing", heading(err(lang, "notFound.title")), false);

    // Every question screen of the file, from a file that asks them all (follow-ups are on their question's screen).
    await aDraftOnThisDevice(page, request, lang, awaEveryBranch);
    await page.goto(`/${lang}/questions/${questionnaire.questions[0]!.id}`);
    for (const question of questionnaire.questions.filter((q) => q.onScreenOf === undefined)) {
      await checkScreen(question.id, heading(questionLabel(lang, question)));
      await page.getByRole("button", { name: text(lang, "continue") }).click();
    }
    await checkScreen("check", heading(text(lang, "check.title")));
    await visit("start with a file in progress", "", text(lang, "start.title"));
    await visit("answer history", "/history", text(lang, "history.title"));
    await page.goto(`/${lang}/resume`);
    await checkScreen("resume code", page.getByRole("img", { name: text(lang, "resume.qrLabel") }));

    // Helper mode on the same phone: the banner and the guidance beside each question.
    await visit("help", "/help", text(lang, "help.title"));
    await hydrated(page); // a press before the page's scripts run posts the bare form
    await page.getByRole("radio", { name: text(lang, "help.roles.volunteer") }).check();
    await page.getByRole("textbox", { name: text(lang, "help.fields.name") }).fill("Fatou");
    await page.getByRole("button", { name: text(lang, "help.sameDevice.start") }).click();
    await page.waitForURL(/\/check$/);
    await page.goto(`/${lang}/questions/current-activity`);
    await checkScreen("question in helper mode", page.getByRole("complementary", { name: text(lang, "title", {}, "guidance") }));
    const banner = page.getByRole("region", { name: text(lang, "help.banner.label") });
    await banner.getByRole("button", { name: text(lang, "help.banner.takeBack") }).click();
    await expect(banner).toBeHidden();
    // On a kiosk, the volunteer takes the device again in one tap.
    await checkScreen("a kiosk volunteer known", page.getByRole("button", { name: text(lang, "kiosk.helper.takeOver", { name: "Fatou", role: text(lang, "help.roles.volunteer") }) }));
    // A helper joining from their own device: the code to show them.
    await page.getByRole("link", { name: text(lang, "help.link") }).click();
    await page.getByRole("button", { name: text(lang, "help.remote.show") }).click();
    await checkScreen("join code", page.getByText(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/));

    await page.goto(`/${lang}/check`);
    expect((await chooseAgencyAndSend(page, lang, paris11)).status()).toBe(201);
    await expect(heading(text(lang, "confirmation.title"))).toBeVisible();
    await checkScreen("confirmation on a kiosk", page.getByRole("button", { name: text(lang, "kiosk.afterSend.finish") }));
    await visit("my file", "/my-file", text(lang, "myFile.title"));
    await page.getByRole("button", { name: text(lang, "deletion.button") }).click();
    await page.getByRole("button", { name: text(lang, "deletion.confirm") }).click();
    await checkScreen("file deleted", heading(text(lang, "deletion.doneTitle")));
  });
}
