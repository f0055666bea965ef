// The helper on their own device follows the same journey as the person, the person sees (and can leave) where the
// helper is, requests reach a person wherever they are on the page, and offline help says what still works.
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { questionnaire } from "@/lib/questionnaire/definition";
import { findQuestion } from "@/lib/questionnaire/engine";
import { noneKey } from "@/lib/questionnaire/keys";
import type { AnswerValue } from "@/lib/questionnaire/types";
import { awa } from "@/tests/fixtures/people";
import { expectNoAxeViolations } from "./support/axe";
import { aDraftOnThisDevice } from "./support/drafts";
import { optionLabel, q, questionLabel, text } from "./support/texts";
import { hydrated } from "./support/hydrated";

const question = (id: string) => findQuestion(questionnaire, id)!;
const role = (r: string) => text("fr", `help.roles.${r}`);
const place = (id: string) => `${text("fr", `sections.${question(id).section}`, {}, "questionnaire")} – ${questionLabel("fr", question(id))}`;
const noStableAddress = q("fr", noneKey(question("address")));
/** Awa's answers before the address question. */
const beforeAddress = Object.fromEntries(["filling-mode", "first-name", "last-name", "birth-date"].map((id) => [id, awa[id]!]));

async function helperDevice(browser: Browser) {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `helper-${crypto.randomUUID()}` } });
  return { context, helper: await context.newPage() };
}

/** The person opens "Get help" and shows a code; resolves with the code. */
async function showCode(page: Page, lang = "fr"): Promise<string> {
  await page.getByRole("link", { name: text(lang, "help.link") }).click();
  await page.getByRole("button", { name: text(lang, "help.remote.show") }).click();
  const code = page.getByText(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expect(code).toBeVisible();
  return (await code.textContent())!;
}

/** The helper types the code in and asks to help. */
async function askToHelp(helper: Page, code: string) {
  await helper.goto("/fr/aide");
  // A choice made before React takes over the form can be reset as it does.
  await hydrated(helper);
  await helper.getByRole("textbox", { name: text("fr", "helper.codeLabel") }).fill(code);
  await helper.getByRole("radio", { name: role("social-worker") }).check();
  await helper.getByRole("textbox", { name: text("fr", "help.fields.name") }).fill("Marc");
  await helper.getByRole("button", { name: text("fr", "helper.join") }).click();
}

/** A person with `answers` on the server and the device, helped by Marc from his device once accepted, back on `at`. */
async function helpedFrom(page: Page, helper: Page, request: APIRequestContext, answers: Record<string, AnswerValue>, at: string) {
  await aDraftOnThisDevice(page, request, "fr", answers);
  await askToHelp(helper, await showCode(page));
  const banner = page.getByRole("region", { name: text("fr", "help.banner.label") });
  await banner.getByRole("button", { name: text("fr", "help.banner.accept") }).click();
  await expect(helper.getByRole("heading", { name: text("fr", "helper.liveTitle") })).toBeVisible();
  await page.goto(`/fr/questions/${at}`);
  return banner;
}

test("the helper ticks “I have no stable address” on their own device and both screens go to the phone", async ({ page, browser, request }) => {
  const { context, helper } = await helperDevice(browser);
  const banner = await helpedFrom(page, helper, request, beforeAddress, "address");
  await banner.getByRole("button", { name: text("fr", "help.mode.letHelperType") }).click();

  // The helper's screen speaks to the helper, and the helper is where the person is.
  await expect(helper.getByText(text("fr", "helperLive.mode.helperTypes"))).toBeVisible();
  await expect(helper.getByText(text("fr", "help.mode.helperTypes"))).toHaveCount(0);
  await helper.getByRole("checkbox", { name: noStableAddress }).check();
  await expect(helper.getByRole("textbox", { name: questionLabel("fr", question("address")) })).toBeHidden();
  await expectNoAxeViolations(helper, "helper typing on their own device");
  await helper.getByRole("button", { name: text("fr", "continue") }).click();

  // The next question comes on the helper's device…
  await expect(helper.getByRole("textbox", { name: questionLabel("fr", question("phone")) })).toBeVisible();
  // …and the person's screen follows the question being answered, saying where the helper is.
  await page.waitForURL(/\/questions\/phone$/);
  await expect(page.getByRole("heading", { level: 1, name: questionLabel("fr", question("phone")) })).toBeVisible();
  await expect(banner).toContainText(text("fr", "help.banner.helperAt", { place: place("phone") }));
  await expectNoAxeViolations(page, "person following the helper");

  // One tap takes the person back to where they were, where the helper's answer is.
  await banner.getByRole("button", { name: text("fr", "helpFollow.goBack") }).click();
  await page.waitForURL(/\/questions\/address$/);
  await expect(page.getByRole("checkbox", { name: noStableAddress })).toBeChecked();
  await expect(banner.getByRole("button", { name: text("fr", "helpFollow.goBack") })).toHaveCount(0);
  await context.close();
});

test("the history shows one line per committed answer, “left empty” for a question passed over, and who did what", async ({ page, browser, request }) => {
  const { context, helper } = await helperDevice(browser);
  const banner = await helpedFrom(page, helper, request, beforeAddress, "address");
  await banner.getByRole("button", { name: text("fr", "help.mode.letHelperType") }).click();
  await helper.getByRole("textbox", { name: questionLabel("fr", question("address")) }).fill("12 rue des Lilas");
  await helper.getByRole("button", { name: text("fr", "continue") }).click();
  await expect(helper.getByRole("textbox", { name: questionLabel("fr", question("phone")) })).toBeVisible();
  await page.waitForURL(/\/questions\/phone$/);

  // The person types again: the phone, then passes over the e-mail (optional).
  await banner.getByRole("button", { name: text("fr", "help.mode.takeOver") }).click();
  await page.getByRole("textbox", { name: questionLabel("fr", question("phone")) }).fill("06 12 34 56 78");
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await page.waitForURL(/\/questions\/email$/);
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await page.waitForURL((url) => !url.pathname.endsWith("/questions/email"));

  await page.goto("/fr/history");
  const line = (id: string) => page.getByRole("main").getByRole("listitem").filter({ hasText: questionLabel("fr", question(id)) });
  const marc = `${text("fr", "history.helper", { name: "Marc", role: role("social-worker") })}, ${text("fr", "history.helperDevice")}`;
  const you = `${text("fr", "history.you")}, ${text("fr", "history.sameDevice")}`;
  await expect(line("phone")).toHaveCount(1);
  await expect(line("phone")).toContainText(you);
  await expect(line("address")).toHaveCount(1);
  await expect(line("address")).toContainText(marc);
  await expect(line("address")).toContainText("12 rue des Lilas");
  await expect(line("email")).toHaveCount(1);
  await expect(line("email")).toContainText(text("fr", "history.leftEmpty"));
  await expect(page.getByText(text("fr", "history.cleared"))).toHaveCount(0);
  await context.close();
});

test("a helper on their own device does not see a sensitive answer given before the help, until the person shows it", async ({ page, browser, request }) => {
  const { context, helper } = await helperDevice(browser);
  const upToDisability = ["filling-mode", "first-name", "last-name", "birth-date", "address", "phone", "current-activity", "time-without-work", "last-contract-end", "last-contract-reason", "availability", "benefits"];
  const answers = { ...Object.fromEntries(upToDisability.map((id) => [id, awa[id]!])), "disability-status": "YES" };
  const banner = await helpedFrom(page, helper, request, answers, "disability-status");
  const disability = question("disability-status");
  const onHelper = helper.getByRole("region", { name: questionLabel("fr", disability) });

  // The helper follows the person to the question and is told the answer is kept back; the person sees where the
  // helper is, that the answer is hidden from them, and "Who will see my answer?" says so.
  await expect(onHelper.getByText(text("fr", "helperHidden.keptBack"))).toBeVisible();
  await expect(onHelper.getByText(optionLabel("fr", disability, "YES"), { exact: true })).toHaveCount(0);
  await expect(banner).toContainText(text("fr", "help.banner.helperAt", { place: place("disability-status") }));
  await expect(banner).toContainText(text("fr", "helperHidden.helperSees", { name: "Marc", role: role("social-worker") }));
  await page.getByText(text("fr", "who")).click();
  await expect(page.getByText(text("fr", "helpWho.hidden", { name: "Marc" }))).toBeVisible();
  await expectNoAxeViolations(page, "person with an answer hidden from the helper");
  await expectNoAxeViolations(helper, "helper with an answer kept back");

  // An earlier answer that is not sensitive is there for the helper.
  await helper.getByRole("button", { name: text("fr", "helper.previous") }).click();
  await expect(helper.getByRole("region", { name: questionLabel("fr", question("benefits")) })).toContainText(optionLabel("fr", question("benefits"), "ARE"));
  await helper.getByRole("button", { name: text("fr", "helper.follow") }).click();

  // The person shows it: it reaches the helper's screen.
  await banner.getByRole("button", { name: text("fr", "helperHidden.show", { name: "Marc" }) }).click();
  await expect(onHelper.getByText(optionLabel("fr", disability, "YES"), { exact: true })).toBeVisible();
  await expect(onHelper.getByText(text("fr", "helperHidden.keptBack"))).toHaveCount(0);
  await expect(page.getByText(text("fr", "helpWho.remote", { name: "Marc" }))).toBeVisible();
  await context.close();
});

// In French and in Arabic (right to left), where the banner's layout differs.
for (const lang of ["fr", "ar"]) {
  test(`a person scrolled to the bottom receives a request to help, then to type: each is announced, in view and focused until answered (${lang})`, async ({ page, browser }) => {
    const { context, helper } = await helperDevice(browser);
    await page.goto(`/${lang}`);
    await page.getByRole("link", { name: text(lang, "start.button") }).click();
    await page.waitForURL(/\/questions\/filling-mode/);

    // The person shows the code and scrolls down to it, far from the banner at the top.
    const code = await showCode(page, lang);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await askToHelp(helper, code);
    const asked = text(lang, "help.banner.request", { name: "Marc", role: text(lang, "help.roles.social-worker") });
    const banner = page.getByRole("region", { name: text(lang, "help.banner.label") });
    const message = banner.getByText(asked, { exact: true });
    await expect(message).toBeInViewport();
    await expect(message).toBeFocused();
    await expect(page.getByRole("status").filter({ hasText: asked })).toHaveText(asked);
    await expectNoAxeViolations(page, `request to help (${lang})`);
    await page.getByRole("button", { name: text(lang, "help.banner.accept") }).click();
    await expect(page.getByRole("status").filter({ hasText: asked })).toHaveCount(0);

    // The helper asks to type while the person is at the bottom of a question.
    await page.getByRole("link", { name: text(lang, "back") }).click();
    await page.waitForURL(/\/questions\/filling-mode/);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await helper.getByRole("button", { name: text("fr", "helper.askToType") }).click();
    const typing = text(lang, "help.banner.typingRequested", { name: "Marc", role: text(lang, "help.roles.social-worker") });
    await expect(banner.getByText(typing, { exact: true })).toBeInViewport();
    await expect(banner.getByText(typing, { exact: true })).toBeFocused();
    await expect(page.getByRole("status").filter({ hasText: typing })).toHaveText(typing);
    await expectNoAxeViolations(page, `request to type (${lang})`);

    // The person says no: the request goes, the person keeps typing, and the helper can ask again.
    await page.getByRole("button", { name: text(lang, "helpFollow.keepTyping") }).click();
    await expect(banner.getByText(typing, { exact: true })).toHaveCount(0);
    await expect(page.getByText(text(lang, "help.mode.personTypes"))).toBeVisible();
    await expect(helper.getByRole("button", { name: text("fr", "helper.askToType") })).toBeVisible();
    await context.close();
  });
}

test("offline, the help page says help from another device needs a connection and offers to pass the device", async ({ page, context }) => {
  await page.goto("/fr");
  await page.getByRole("link", { name: text("fr", "start.button") }).click();
  await page.waitForURL(/\/questions\/filling-mode/);
  await page.getByRole("link", { name: text("fr", "help.link") }).click();
  await expect(page.getByRole("button", { name: text("fr", "help.remote.show") })).toBeVisible();
  await context.setOffline(true);
  await expect(page.getByText(text("fr", "helpOffline.needsConnection"))).toBeVisible();
  await expect(page.getByRole("button", { name: text("fr", "help.remote.show") })).toHaveCount(0);
  await expect(page.getByRole("button", { name: text("fr", "help.sameDevice.start") })).toBeVisible();
  await expectNoAxeViolations(page, "help page offline");
  await context.setOffline(false);
  await expect(page.getByRole("button", { name: text("fr", "help.remote.show") })).toBeVisible();
});
