// Failing gracefully: a browser that forbids site data (simulated, and with Chromium's own "block all cookies and
// site data" setting), a broken resume link, an address that matches nothing, and a page or the whole frame that
// throws. Each time the person reads what happened in their language and can go on; nothing crashes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { questionnaire } from "@/lib/questionnaire/definition";
import { findQuestion } from "@/lib/questionnaire/engine";
import { awa } from "@/tests/fixtures/people";
import { expectNoAxeViolations } from "./support/axe";
import { aDraftOnTheServer } from "./support/drafts";
import { answerUntil } from "./support/journey";
import { serverAnswers } from "./support/server";
import { err, questionLabel, text } from "./support/texts";

// Uncaught errors are counted as a person's browser would raise them: with the service worker registering.
test.use({ serviceWorkers: "allow" });

const question = (id: string) => findQuestion(questionnaire, id)!;
const pick = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, awa[id]]));
const escaped = (words: string) => new RegExp(words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
const ANSWERED = ["filling-mode", "first-name", "last-name"];
const CODE_SHOWN = /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

/** Uncaught errors, policy violations and policy console errors, from the page's start. */
async function watchForFailures(page: Page) {
  const failures: string[] = [];
  page.on("pageerror", (error) => failures.push(`uncaught: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && /Content.Security.Policy|Refused to/i.test(message.text())) failures.push(`policy: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.error(`Refused to run: ${event.effectiveDirective} ${event.blockedURI}`));
  });
  return failures;
}

/** Answers the first questions, then reads the resume code on the resume page reached by its link (a full page load
 *  would empty a draft that lives in memory). */
async function answerAndReadCode(page: Page): Promise<string> {
  await page.getByRole("link", { name: text("fr", "start.button") }).click();
  await page.waitForURL(/\/questions\/filling-mode/);
  await answerUntil(page, "fr", awa, "birth-date");
  await page.getByRole("link", { name: text("fr", "resume.linkFromQuestion") }).click();
  const code = page.getByText(CODE_SHOWN);
  await expect(code).toBeVisible({ timeout: 30_000 });
  return (await code.textContent())!;
}

/** On another device, the QR code's link opens the same file: the answers are on the server. */
async function resumeElsewhere(context: BrowserContext, request: APIRequestContext, code: string) {
  await expect.poll(() => serverAnswers(request, code), { timeout: 30_000 }).toEqual(pick(ANSWERED));
  const phone = await context.newPage();
  await phone.goto(`/fr/resume#code=${code.replace(/-/g, "")}`);
  await expect(phone.getByRole("textbox", { name: text("fr", "resume.inputLabel") })).toHaveValue(code);
  await phone.getByRole("button", { name: text("fr", "resume.submit") }).click();
  await phone.waitForURL(/\/fr\/questions\/birth-date/);
  await phone.goto("/fr/questions/first-name");
  await expect(phone.getByRole("textbox", { name: questionLabel("fr", question("first-name")) })).toHaveValue(awa["first-name"] as string);
}

test.describe("a browser that forbids this site to keep anything", () => {
  test("says so plainly, and the answers still reach the server (storage getters throwing, as in Chromium)", async ({ page, browser, request }) => {
    const failures = await watchForFailures(page);
    await page.addInitScript(() => {
      const refuse = () => {
        throw new DOMException("Failed to read the property from 'Window': Access is denied for this document.", "SecurityError");
      };
      for (const name of ["indexedDB", "localStorage", "sessionStorage"]) Object.defineProperty(window, name, { get: refuse, configurable: true });
    });
    await page.goto("/fr");
    await expect(page.getByRole("alert").filter({ hasText: text("fr", "storage.blocked") })).toBeVisible();
    await expectNoAxeViolations(page, "start page with site data blocked");
    const code = await answerAndReadCode(page);
    await expect(page.getByRole("alert").filter({ hasText: text("fr", "storage.blocked") })).toBeVisible();
    expect(failures).toEqual([]);
    const other = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `graceful-${crypto.randomUUID()}` } });
    await resumeElsewhere(other, request, code);
    await other.close();
  });

  test("with Chromium's own setting to block all cookies and site data", async ({ playwright, launchOptions, baseURL, browser, request }) => {
    // A profile whose preferences block every site's data: what a person sets in Chrome's privacy settings.
    const profile = mkdtempSync(path.join(tmpdir(), "relais-blocked-"));
    mkdirSync(path.join(profile, "Default"));
    writeFileSync(path.join(profile, "Default", "Preferences"), JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }));
    const blocked = await playwright.chromium.launchPersistentContext(profile, { ...launchOptions, baseURL, locale: "fr-FR" });
    try {
      const page = blocked.pages()[0] ?? (await blocked.newPage());
      const failures = await watchForFailures(page);
      await page.goto("/fr");
      // The setting is in force: the browser itself refuses storage.
      expect(await page.evaluate(() => {
        try {
          return typeof window.localStorage;
        } catch (error) {
          return (error as DOMException).name;
        }
      })).toBe("SecurityError");
      await expect(page.getByRole("alert").filter({ hasText: text("fr", "storage.blocked") })).toBeVisible();
      const code = await answerAndReadCode(page);
      expect(failures).toEqual([]);
      const other = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `graceful-${crypto.randomUUID()}` } });
      await resumeElsewhere(other, request, code);
      await other.close();
    } finally {
      await blocked.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

test("a broken code in a resume link is called invalid at the field, and the person types the right one", async ({ context, request }) => {
  const { resumeCode } = await aDraftOnTheServer(request, { "filling-mode": awa["filling-mode"]! });

  const message = err("fr", "resume.badLink");
  const broken = ["%E0%A4%A", "A".repeat(10_000), "%00", "١٢٣٤", "%ED%A0%80", ""];
  for (const [i, fragment] of broken.entries()) {
    // A new page each time: only the fragment differs, and a fragment change alone does not load the page again.
    const page = await context.newPage();
    const failures = await watchForFailures(page);
    await page.goto(`/fr/resume#code=${fragment}`);
    const input = page.getByRole("textbox", { name: text("fr", "resume.inputLabel") });
    await expect(input, fragment.slice(0, 20)).toHaveAccessibleDescription(escaped(message));
    await expect(page.getByRole("link", { name: message })).toBeVisible();
    await expect(input).toHaveValue("");
    expect(failures, fragment.slice(0, 20)).toEqual([]);
    if (i === 0) await expectNoAxeViolations(page, "resume page with a broken link");
    if (i < broken.length - 1) {
      await page.close();
      continue;
    }
    await input.fill(resumeCode);
    await page.getByRole("button", { name: text("fr", "resume.submit") }).click();
    await page.waitForURL(/\/fr\/questions\/first-name/);
  }

  // The same code written with Arabic-Indic digits (an Arabic keyboard) is the same code.
  const arabicDigits = resumeCode.replace(/[0-9]/g, (digit) => String.fromCharCode(0x0660 + Number(digit)));
  const page = await context.newPage();
  await page.goto(`/ar/resume#code=${encodeURIComponent(arabicDigits)}`);
  await expect(page.getByRole("textbox", { name: text("ar", "resume.inputLabel") })).toHaveValue(resumeCode.match(/.{4}/g)!.join("-"));
});

test.describe("an address that matches nothing", () => {
  for (const lang of ["fr", "ar"] as const) {
    test(`answers 404 with a page in ${lang} that leads back to the start`, async ({ page }) => {
      const failures = await watchForFailures(page);
      const response = await page.goto(`/${lang}/does-not-exist`);
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.locator("html")).toHaveAttribute("dir", lang === "ar" ? "rtl" : "ltr");
      await expect(page.getByRole("heading", { level: 1, name: err(lang, "notFound.title") })).toBeVisible();
      await expect(page).toHaveTitle(text(lang, "pageTitle", { title: err(lang, "notFound.title") }));
      await expectNoAxeViolations(page, `not-found page in ${lang}`);
      expect(failures).toEqual([]);
      await page.getByRole("link", { name: err(lang, "backToStart") }).click();
      await expect(page.getByRole("link", { name: text(lang, "start.button") })).toBeVisible();
      expect(new URL(page.url()).pathname).toBe(`/${lang}`);
    });
  }

  test("in an unknown language, speaks the browser's language (or French)", async ({ browser, request }) => {
    expect((await request.get("/fr/does-not-exist")).status()).toBe(404);
    // The browser's language is what it sends as Accept-Language.
    for (const [locale, lang] of [["tr-TR", "tr"], ["de-DE", "fr"]] as const) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      const failures = await watchForFailures(page);
      const response = await page.goto("/xx/anything");
      expect(response?.status()).toBe(404);
      expect(new URL(page.url()).pathname).toBe(`/${lang}/xx/anything`);
      await expect(page.getByRole("heading", { level: 1, name: err(lang, "notFound.title") })).toBeVisible();
      await expect(page.getByRole("link", { name: err(lang, "backToStart") })).toHaveAttribute("href", `/${lang}`);
      expect(failures).toEqual([]);
      await context.close();
    }
  });

  test("a question that does not exist, or an address that looks like a file, is the same page", async ({ page }) => {
    const failures = await watchForFailures(page);
    expect((await page.goto("/uk/questions/no-such-question"))?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: err("uk", "notFound.title") })).toBeVisible();
    expect((await page.goto("/ro/photo.png"))?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: err("ro", "notFound.title") })).toBeVisible();
    // The proxy cannot tell a missing file from a public one: the page still gets a nonce for its scripts.
    await page.getByRole("link", { name: err("ro", "backToStart") }).click();
    await expect(page.getByRole("link", { name: text("ro", "start.button") })).toBeVisible();
    expect(failures).toEqual([]);
  });
});

test.describe("a page that throws", () => {
  test("shows what happened in the person's language inside the site, and Try again brings the page back", async ({ page }) => {
    const failures: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && /Content.Security.Policy|Refused to/i.test(message.text())) failures.push(message.text());
    });
    // The question page's own code throws (reading how the page was loaded fails) while the flag is up.
    await page.addInitScript(() => {
      const original = performance.getEntriesByType.bind(performance);
      (window as unknown as { __fail: boolean }).__fail = true;
      performance.getEntriesByType = (type: string) => {
        if ((window as unknown as { __fail: boolean }).__fail) throw new Error("a bug in the page");
        return original(type);
      };
    });
    await page.goto("/es/questions/filling-mode");
    await expect(page.getByRole("heading", { level: 1, name: err("es", "crash.title") })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: err("es", "crash.title") })).toBeFocused();
    await expect(page).toHaveTitle(text("es", "pageTitle", { title: err("es", "crash.title") }));
    // The site's frame is still there, in Spanish.
    await expect(page.getByRole("link", { name: text("es", "help.link") })).toBeVisible();
    await expect(page.getByRole("link", { name: err("es", "backToStart") })).toHaveAttribute("href", "/es");
    await expectNoAxeViolations(page, "page error in es");
    await page.evaluate(() => {
      (window as unknown as { __fail: boolean }).__fail = false;
    });
    await page.getByRole("button", { name: err("es", "crash.retry") }).click();
    await expect(page.getByRole("heading", { level: 1, name: questionLabel("es", question("filling-mode")) })).toBeVisible();
    expect(failures).toEqual([]);
  });

  test("when the frame of every page fails, a whole page still says it in the person's language", async ({ page }) => {
    const failures: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && /Content.Security.Policy|Refused to/i.test(message.text())) failures.push(message.text());
    });
    // The connection banner, part of every page's frame, cannot read whether the device is online.
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, "onLine", {
        configurable: true,
        get() {
          throw new Error("a bug in the frame");
        },
      });
    });
    await page.goto("/ar");
    await expect(page.getByRole("heading", { level: 1, name: err("ar", "crash.title") })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("button", { name: err("ar", "crash.retry") })).toBeVisible();
    await expect(page.getByRole("link", { name: err("ar", "backToStart") })).toHaveAttribute("href", "/ar");
    await expectNoAxeViolations(page, "frame error in ar");
    expect(failures).toEqual([]);
  });
});
