// Addresses end up in server logs, the browser's history, proxies and shared screens: no form of a journey ever
// puts a code or an answer in one, with or without JavaScript. Without JavaScript every page says, in plain words,
// that the app cannot work and what to do (issue 13).
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { normaliseResumeCode } from "@/lib/drafts/protocol";
import { locales } from "@/lib/i18n/settings";
import { questionnaire } from "@/lib/questionnaire/definition";
import { findQuestion } from "@/lib/questionnaire/engine";
import { aDraftOnTheServer } from "./support/drafts";
import { hydrated } from "./support/hydrated";
import { readResumeCode } from "./support/journey";
import { optionLabel, questionLabel, text } from "./support/texts";

const question = (id: string) => findQuestion(questionnaire, id)!;

/** Every address the context's pages asked for or showed, as sent (a fragment never leaves the device). */
function recordAddresses(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on("request", (request) => seen.push(request.url()));
  context.on("page", (page) => page.on("framenavigated", (frame) => seen.push(frame.url().split("#")[0]!)));
  return seen;
}

/** Each secret as typed, without its dashes, and as a form would encode it. */
function expectNoneOf(addresses: string[], secrets: string[]) {
  const forms = secrets.flatMap((s) => [s, s.replace(/-/g, ""), encodeURIComponent(s)]).map((s) => s.toLowerCase());
  const leaks = addresses.filter((address) => forms.some((secret) => decodeURIComponent(address).toLowerCase().includes(secret) || address.toLowerCase().includes(secret)));
  expect(leaks).toEqual([]);
}

const pages = ["", "/questions/filling-mode", "/check", "/confirmation", "/resume", "/help", "/aide", "/kiosk", "/history", "/my-file", "/privacy", "/accessibility"];

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every page says in plain words that the app needs JavaScript", async ({ page }) => {
    for (const lang of locales) {
      for (const path of lang === "fr" || lang === "ar" ? pages : [""]) {
        await page.goto(`/${lang}${path}`);
        await expect(page.getByText(text(lang, "noScript.message"), { exact: true }), `${lang}${path}`).toBeVisible();
      }
    }
  });

  test("sending the resume form or the helper's join form puts nothing in the address, and comes back to the page", async ({ page, context, request }) => {
    const addresses = recordAddresses(context);
    const { resumeCode } = await aDraftOnTheServer(request, { "filling-mode": "ALONE" });
    const code = `${resumeCode.slice(0, 4)}-${resumeCode.slice(4, 8)}-${resumeCode.slice(8)}`;

    await page.goto("/fr/resume");
    await page.getByRole("textbox", { name: text("fr", "resume.inputLabel") }).fill(code);
    await page.getByRole("button", { name: text("fr", "resume.submit") }).click();
    // Back on the same page (303), which says why nothing happened.
    await page.waitForURL(/\/fr\/resume$/);
    await expect(page.getByText(text("fr", "noScript.message"), { exact: true })).toBeVisible();

    await page.goto("/fr/aide");
    await page.getByRole("textbox", { name: text("fr", "helper.codeLabel") }).fill("K7PM-3QRT");
    await page.getByRole("textbox", { name: text("fr", "help.fields.name") }).fill("Prudence");
    await page.getByRole("button", { name: text("fr", "helper.join") }).click();
    await page.waitForURL(/\/fr\/aide$/);
    await expect(page.getByText(text("fr", "noScript.message"), { exact: true })).toBeVisible();

    expectNoneOf(addresses, [code, "K7PM-3QRT", "Prudence"]);
  });
});

test("a journey with JavaScript puts no code and no answer in an address", async ({ browser }) => {
  const phone = await browser.newContext();
  const other = await browser.newContext();
  const addresses = recordAddresses(phone);
  const otherAddresses = recordAddresses(other);
  const page: Page = await phone.newPage();

  await page.goto("/fr");
  await page.getByRole("link", { name: text("fr", "start.button") }).click();
  await page.getByRole("radio", { name: optionLabel("fr", question("filling-mode"), "ALONE") }).check();
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await page.getByRole("textbox", { name: questionLabel("fr", question("first-name")) }).fill("Zéphyrine");
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await page.getByRole("textbox", { name: questionLabel("fr", question("last-name")) }).fill("Oyelaran");
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await page.waitForURL(/\/questions\/birth-date/);
  const code = await readResumeCode(page, "fr");

  // The code typed on another device, as a person does who did not scan the QR code.
  const elsewhere = await other.newPage();
  await elsewhere.goto("/fr/resume");
  // Pressed before the page's scripts run, the form comes back empty (the test above): as a person does, once loaded.
  await hydrated(elsewhere);
  await elsewhere.getByRole("textbox", { name: text("fr", "resume.inputLabel") }).fill(code);
  await elsewhere.getByRole("button", { name: text("fr", "resume.submit") }).click();
  await elsewhere.waitForURL(/\/questions\/birth-date/);

  expectNoneOf([...addresses, ...otherAddresses], [code, normaliseResumeCode(code), "Zéphyrine", "Oyelaran"]);
  await phone.close();
  await other.close();
});
