// Mistakes are explained next to the field and at the top, typed words are never lost, answers can be changed
// from the check page, and switching language keeps everything.
import { expect, test, type Page } from "@playwright/test";
import { questionnaire } from "@/lib/questionnaire/definition";
import { findQuestion } from "@/lib/questionnaire/engine";
import { awa } from "@/tests/fixtures/people";
import { aDraftOnThisDevice } from "./support/drafts";
import { answer } from "./support/journey";
import { err, optionLabel, questionLabel, text } from "./support/texts";

const question = (id: string) => findQuestion(questionnaire, id)!;

async function startFile(page: Page, lang = "fr") {
  await page.goto(`/${lang}`);
  await page.getByRole("link", { name: text(lang, "start.button") }).click();
  await page.waitForURL(/\/questions\/filling-mode/);
}

async function continueTo(page: Page, id: string) {
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await page.waitForURL(new RegExp(`/questions/${id}`));
}

test("a person who forgets to answer is told what to do, at the top and next to the question", async ({ page }) => {
  await startFile(page);
  // The page sets its title once it runs: read it then, not as the address changes.
  const title = text("fr", "pageTitle", { title: questionLabel("fr", question("filling-mode")) });
  await expect(page).toHaveTitle(title);
  await page.getByRole("button", { name: text("fr", "continue") }).click();

  const summary = page.getByRole("heading", { name: text("fr", "errorSummary.title") });
  await expect(summary).toBeVisible();
  // The summary takes focus, so a screen reader reads it first; the title starts with "Erreur :".
  await expect(page.locator(":focus")).toContainText(text("fr", "errorSummary.title"));
  await expect(page).toHaveTitle(`${text("fr", "errorTitlePrefix")} ${title}`);
  await expect(page.getByRole("group", { name: questionLabel("fr", question("filling-mode")) })).toHaveAccessibleDescription(
    new RegExp(err("fr", "required.single").replace(/[.?]/g, "\\$&")),
  );

  await page.getByRole("link", { name: err("fr", "required.single") }).click();
  await expect(page.getByRole("radio", { name: optionLabel("fr", question("filling-mode"), "ALONE") })).toBeFocused();

  await answer(page, "fr", question("filling-mode"), "ALONE");
  await continueTo(page, "first-name");
  await expect(page).toHaveTitle(/^(?!Erreur)/);
});

test("a wrong phone number is explained and what was typed stays in the box", async ({ page, request }) => {
  const firstFive = ["filling-mode", "first-name", "last-name", "birth-date", "address"];
  await aDraftOnThisDevice(page, request, "fr", Object.fromEntries(firstFive.map((id) => [id, awa[id]!])));
  await page.waitForURL(/\/questions\/phone$/);
  const phone = page.getByRole("textbox", { name: questionLabel("fr", question("phone")) });
  await phone.fill("06 12 34");
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await expect(page.getByRole("link", { name: err("fr", "text.phone") })).toBeVisible();
  await expect(phone).toHaveValue("06 12 34");
  await expect(phone).toHaveAttribute("aria-invalid", "true");
  await expect(phone).toHaveAccessibleDescription(new RegExp(err("fr", "text.phone").slice(0, 30)));

  // A wrong date points at the part to fix.
  await page.goto("/fr/questions/birth-date");
  const month = page.getByRole("textbox", { name: text("fr", "question.date.month") });
  await month.fill("");
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await page.getByRole("link", { name: err("fr", "date.missing.month") }).click();
  await expect(month).toBeFocused();
  await expect(page.getByRole("textbox", { name: text("fr", "question.date.day") })).toHaveValue("27");
});

test("a person changes an answer from the check page and comes back to it, through any new question", async ({ page, request }) => {
  // Awa's file, but getting around was no difficulty for her.
  const { "driving-licence": _licence, transport: _transport, ...noMobility } = awa;
  const topics = (awa["difficulty-topics"] as string[]).filter((topic) => topic !== "MOBILITY");
  await aDraftOnThisDevice(page, request, "fr", { ...noMobility, "difficulty-topics": topics });
  await page.waitForURL(/\/check$/);

  const changeLink = (id: string) =>
    page.getByRole("link", { name: `${text("fr", "check.change")} ${text("fr", "check.changeHidden", { question: questionLabel("fr", question(id)) })}` });
  await expect(changeLink("transport")).toHaveCount(0);

  // A simple change goes straight back to the check page.
  await changeLink("phone").click();
  await page.waitForURL(/\/questions\/phone\?return=check/);
  await page.getByRole("textbox", { name: questionLabel("fr", question("phone")) }).fill("07 11 22 33 44");
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await page.waitForURL(/\/check$/);
  await expect(page.getByText("07 11 22 33 44")).toBeVisible();

  // Choosing getting around as a difficulty opens its questions, each asked (the optional ways to get around too)
  // before the check page again.
  await changeLink("difficulty-topics").click();
  await answer(page, "fr", question("difficulty-topics"), ["MOBILITY"]);
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await page.waitForURL(/\/questions\/driving-licence\?return=check/);
  // A reload on the way forgets nothing of the change.
  await page.reload();
  await expect(page.getByRole("button", { name: text("fr", "continue") })).toBeEnabled();
  await answer(page, "fr", question("driving-licence"), "CAR_LICENCE");
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await page.waitForURL(/\/questions\/transport\?return=check/);
  // Her own car is one of the ways (issue 14).
  await answer(page, "fr", question("transport"), ["CAR"]);
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await page.waitForURL(/\/check$/);
  await expect(changeLink("transport")).toBeVisible();
  await expect(page.getByText(optionLabel("fr", question("transport"), "CAR"), { exact: true })).toBeVisible();

  // Family opens a question that comes after the ones of getting around, already asked: it is asked all the same.
  await changeLink("difficulty-topics").click();
  await answer(page, "fr", question("difficulty-topics"), ["FAMILY"]);
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await page.waitForURL(/\/questions\/family\?return=check/);
  await answer(page, "fr", question("family"), ["HOUR_CONSTRAINTS"]);
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await page.waitForURL(/\/check$/);
  await expect(page.getByText(optionLabel("fr", question("family"), "HOUR_CONSTRAINTS"), { exact: true })).toBeVisible();
});

test("switching language keeps the answers and turns the page right to left for Arabic", async ({ page }) => {
  await startFile(page);
  await answer(page, "fr", question("filling-mode"), "WITH_HELP");
  await continueTo(page, "first-name");
  await page.getByRole("textbox", { name: questionLabel("fr", question("first-name")) }).fill("Awa");
  await page.getByRole("textbox", { name: questionLabel("fr", question("last-name")) }).fill("Diallo");
  await continueTo(page, "birth-date");

  const languages = page.getByRole("navigation", { name: text("fr", "languageSwitch.label") });
  await languages.getByText(text("fr", "languages.fr"), { exact: true }).first().click();
  await languages.getByRole("link", { name: "العربية" }).click();
  await page.waitForURL(/\/ar\/questions\/birth-date/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("group", { name: questionLabel("ar", question("birth-date")) })).toBeVisible();
  await page.getByRole("link", { name: text("ar", "back") }).click();
  await expect(page.getByRole("textbox", { name: questionLabel("ar", question("first-name")) })).toHaveValue("Awa");
  await expect(page.getByRole("textbox", { name: questionLabel("ar", question("last-name")) })).toHaveValue("Diallo");
  await page.getByRole("link", { name: text("ar", "back") }).click();
  await expect(page.getByRole("radio", { name: optionLabel("ar", question("filling-mode"), "WITH_HELP") })).toBeChecked();
});

test("the address of a question merged into another opens the question that asks it now", async ({ page, request }) => {
  await aDraftOnThisDevice(page, request, "fr", awa);
  await page.waitForURL(/\/check$/);
  await page.goto("/fr/questions/has-address");
  await page.waitForURL(/\/fr\/questions\/address$/);
  await expect(page.getByRole("textbox", { name: questionLabel("fr", question("address")) })).toHaveValue(awa.address as string);
  await page.goto("/fr/questions/vehicle");
  await page.waitForURL(/\/fr\/questions\/transport$/);
  await expect(page.getByRole("checkbox", { name: optionLabel("fr", question("transport"), "CAR"), exact: true })).toBeChecked();
  // A follow-up asked on its question's screen: its address opens that screen, with its answer under it.
  await page.goto("/fr/questions/contact-times");
  await page.waitForURL(/\/fr\/questions\/contact-methods$/);
  await expect(page.getByRole("checkbox", { name: optionLabel("fr", question("contact-times"), "MORNING"), exact: true })).toBeChecked();
});

test("a link to a later question leads back to the first one still to answer", async ({ page }) => {
  await page.goto("/fr/questions/transport");
  await page.waitForURL(/\/fr\/questions\/filling-mode/);
  await expect(page.getByRole("heading", { level: 1, name: questionLabel("fr", question("filling-mode")) })).toBeVisible();
});

test("an address without a language opens in the browser's language", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ar", extraHTTPHeaders: { "Accept-Language": "ar,fr;q=0.8" } });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/ar$/);
  await context.close();
});

test("Back right after Continue leaves the person on the question they went back to", async ({ page }) => {
  // Continue watches that its page arrives (components/navigation/useRouter.ts); a person who arrives and goes back
  // before that watch ends is where they chose to be, and is not sent forward again.
  await page.clock.install();
  await startFile(page);
  await answer(page, "fr", question("filling-mode"), "ALONE");
  await continueTo(page, "first-name");
  await page.getByRole("link", { name: text("fr", "back") }).click();
  await page.waitForURL(/\/questions\/filling-mode/);
  await page.clock.runFor(6_000);
  await expect(page.getByRole("radio", { name: optionLabel("fr", question("filling-mode"), "ALONE") })).toBeChecked();
  expect(new URL(page.url()).pathname).toBe("/fr/questions/filling-mode");
});
