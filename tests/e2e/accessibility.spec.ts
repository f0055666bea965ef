// Accessibility scans (axe, WCAG 2.2 AA rules) of every template of the app and each of its states, once left to
// right (French) and once right to left (Arabic), as govuk-frontend scans each component example: the templates
// are listed here, and a question whose screen is drawn by a template not in the list fails the suite until it is
// added. Disclosures (words explained, why, who) are opened first, so what they hold is scanned too.
// Every screen in every language is checked for reflow, `lang` and `dir` in every-screen.spec.ts (no axe there).
import { expect, test, type Page } from "@playwright/test";
import { questionnaire } from "@/lib/questionnaire/definition";
import { findQuestion, followersOf, visibleQuestions } from "@/lib/questionnaire/engine";
import { pictograms } from "@/lib/questionnaire/pictograms";
import { choiceOptions, exclusiveOptions } from "@/lib/questionnaire/schemas";
import { jobKey } from "@/lib/questionnaire/keys";
import { IN_PERSON, type AnswerValue, type GridQuestion, type GridValue, type JobSearchValue, type Question } from "@/lib/questionnaire/types";
import { paris11 } from "@/tests/fixtures/agencies";
import { awaEveryBranch } from "@/tests/fixtures/people";
import { expectNoAxeViolations } from "./support/axe";
import { aDraftOnThisDevice } from "./support/drafts";
import { chooseAgencyAndSend } from "./support/journey";
import { refuseAnswers } from "./support/server";
import { kioskWatching, turnKioskOn } from "./support/kiosk";
import { columnLabel, err, optionLabel, q, questionLabel, text } from "./support/texts";

/** What draws a question's screen: its answer type and the variants of it that change what is on screen. */
function templateOf(question: Question): string {
  const variants: string[] = [question.type];
  if (question.type === "date") variants.push(question.precision === "day" ? "day, month, year" : "month, year");
  if (question.type === "text") variants.push(question.multiline ? "several lines" : "one line");
  // "I have no phone number": a checkbox after an "or" that takes the place of the box.
  if (question.type === "text" && question.noneCode !== undefined) variants.push("I have none");
  if (question.type === "number" && question.noticeBelow !== undefined) variants.push("notice");
  if (question.type === "jobSearch" && question.allowUnsure) variants.push("I don't know yet");
  if (question.type === "grid" && pictograms[question.id]) variants.push("pictograms");
  if (question.type === "single" || question.type === "yesNo" || question.type === "multiple") {
    if (pictograms[question.id]) variants.push("pictograms");
    // Answers that stand alone ("None", "I prefer to talk about it at the interview") come after an "or".
    const alone = question.type === "multiple" ? exclusiveOptions(question) : [IN_PERSON];
    if (alone.includes(choiceOptions(question).at(-1) ?? "")) variants.push("or");
  }
  // Follow-ups asked on its screen (issue 14): under the answer, or revealed under the option that opens them.
  const followers = followersOf(questionnaire, question.id);
  if (followers.length > 0) variants.push(followers.some((f) => f.showIf) ? "revealing a follow-up" : "with a follow-up");
  return variants.join(", ");
}

/**
 * Each template, on one question that uses it (with words explained where one has them), as the person left it.
 * The file behind them answers every question, with a minimum pay under the legal minimum so its notice shows.
 */
const QUESTION_TEMPLATES: ReadonlyArray<{ template: string; question: string }> = [
  { template: "single", question: "time-without-work" },
  { template: "single, pictograms", question: "education-level" },
  { template: "single, pictograms, or", question: "housing-situation" },
  { template: "single, or", question: "disability-status" },
  { template: "multiple", question: "contract-types" },
  { template: "multiple, or", question: "benefits" },
  { template: "multiple, pictograms, revealing a follow-up", question: "contact-methods" },
  { template: "multiple, or, revealing a follow-up", question: "difficulty-topics" },
  { template: "multiple, pictograms, or", question: "transport" },
  { template: "text, one line", question: "social-security-number" },
  { template: "text, one line, with a follow-up", question: "first-name" },
  { template: "text, one line, I have none", question: "phone" },
  { template: "text, several lines", question: "diplomas" },
  { template: "text, several lines, I have none", question: "address" },
  { template: "date, day, month, year", question: "birth-date" },
  { template: "date, month, year", question: "last-contract-end" },
  { template: "number", question: "travel-time" },
  { template: "number, notice", question: "minimum-pay" },
  { template: "jobSearch", question: "past-jobs" },
  { template: "jobSearch, I don't know yet", question: "jobs-wanted" },
  { template: "grid, pictograms", question: "help-needs" },
];
const FILE: Record<string, AnswerValue> = { ...awaEveryBranch, "minimum-pay": "10" };

/**
 * Each kind of field with its error, told at the field and in the summary that takes focus. In the file's order from
 * its end: a question made wrong stays wrong on this device, and a question after it could no longer be opened.
 * (The single choice's error is on the first question, on a new device, where nothing is chosen yet.)
 */
const ERROR_STATES: ReadonlyArray<{ question: string; makeWrong: (page: Page, lang: string, label: string) => Promise<void> }> = [
  { question: "travel-time", makeWrong: (page, _lang, label) => page.getByRole("textbox", { name: label }).fill("deux heures") },
  {
    question: "contract-types",
    makeWrong: async (page, lang, label) => {
      const question = findQuestion(questionnaire, "contract-types")!;
      for (const code of FILE["contract-types"] as string[]) {
        await page.getByRole("group", { name: label }).getByRole("checkbox", { name: optionLabel(lang, question, code), exact: true }).uncheck();
      }
    },
  },
  {
    question: "jobs-wanted",
    makeWrong: async (page, lang) => {
      for (const job of (FILE["jobs-wanted"] as JobSearchValue).jobs) {
        const name = "rome" in job ? q(lang, jobKey(job.rome)) : job.text;
        await page.getByRole("button", { name: text(lang, "question.jobSearch.remove", { job: name }) }).click();
      }
    },
  },
  { question: "last-contract-end", makeWrong: (page, lang) => page.getByRole("textbox", { name: text(lang, "question.date.year") }).fill("20") },
  { question: "phone", makeWrong: (page, _lang, label) => page.getByRole("textbox", { name: label }).fill("06 12 34") },
  { question: "address", makeWrong: (page, _lang, label) => page.getByRole("textbox", { name: label }).fill("") },
  { question: "birth-date", makeWrong: (page, lang) => page.getByRole("textbox", { name: text(lang, "question.date.month") }).fill("") },
  // A follow-up's error, in the screen's summary (the last name, asked under the first).
  { question: "first-name", makeWrong: (page, lang) => page.getByRole("textbox", { name: questionLabel(lang, findQuestion(questionnaire, "last-name")!) }).fill("") },
];

/** The disclosures of the page's content (words explained, why, who); the header's language list is a state of its own. */
async function openDisclosures(page: Page) {
  await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>("main details").forEach((details) => (details.open = true)));
}

async function scan(page: Page, lang: string, screen: string) {
  await openDisclosures(page);
  await expectNoAxeViolations(page, `${lang} ${screen}`);
}

async function openQuestion(page: Page, lang: string, id: string) {
  const question = findQuestion(questionnaire, id)!;
  await page.goto(`/${lang}/questions/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: questionLabel(lang, question) })).toBeVisible();
  // The form drawn from the device's draft, not the page's inert fallback shown until the draft is read.
  await expect(page.getByRole("button", { name: text(lang, "continue") })).toBeEnabled();
  return questionLabel(lang, question);
}

/**
 * The needs' grid: one group per need named by its words alone, its three answers as radios, the file's answers
 * chosen and the other needs with nothing chosen; on a 320 px wide phone, nothing scrolls sideways.
 */
async function expectGridOnAPhone(page: Page, lang: string) {
  const question = findQuestion(questionnaire, "help-needs") as GridQuestion;
  const marks = FILE["help-needs"] as GridValue;
  const list = page.getByRole("group", { name: questionLabel(lang, question) });
  for (const item of question.options) {
    const need = list.getByRole("group", { name: optionLabel(lang, question, item), exact: true });
    await expect(need.getByRole("radio")).toHaveCount(question.columns.length);
    for (const column of question.columns) {
      const radio = need.getByRole("radio", { name: columnLabel(lang, question, column), exact: true });
      if (marks[item] === column) await expect(radio).toBeChecked();
      else await expect(radio).not.toBeChecked();
    }
  }
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth), "no sideways scroll at 320 px").toBeLessThanOrEqual(320);
  await page.setViewportSize(size);
}

async function expectErrorSummary(page: Page, lang: string) {
  await page.getByRole("button", { name: text(lang, "continue") }).click();
  await expect(page.getByRole("heading", { name: text(lang, "errorSummary.title") })).toBeVisible();
}

test("every question's screen is drawn by a template in the list", () => {
  const listed = QUESTION_TEMPLATES.map((entry) => entry.template);
  // A follow-up is drawn on its question's screen, whose template names it.
  const screens = questionnaire.questions.filter((question) => question.onScreenOf === undefined);
  for (const question of screens) expect(listed, `the template of ${question.id}`).toContain(templateOf(question));
  for (const { template, question } of QUESTION_TEMPLATES) expect(templateOf(findQuestion(questionnaire, question)!), question).toBe(template);
  expect(new Set(listed).size, "each template once").toBe(listed.length);
  // The file behind the scans reaches every question, so each listed one can be opened.
  expect(visibleQuestions(questionnaire, FILE).map((question) => question.id)).toEqual(questionnaire.questions.map((question) => question.id));
});

for (const lang of ["fr", "ar"] as const) {
  test(`each question template and its error are accessible in ${lang}`, async ({ page, request }) => {
    // 27 scans, each on a page of its own: on a loaded 2-core machine (load 20+) this took over the default 2 minutes.
    test.setTimeout(240_000);
    // A new device: nothing chosen on the first question, and Continue.
    await openQuestion(page, lang, "filling-mode");
    await expectErrorSummary(page, lang);
    await scan(page, lang, "single with an error");

    await aDraftOnThisDevice(page, request, lang, FILE);
    for (const { template, question } of QUESTION_TEMPLATES) {
      await openQuestion(page, lang, question);
      await scan(page, lang, template);
      if (question === "help-needs") await expectGridOnAPhone(page, lang);
    }
    for (const { question, makeWrong } of ERROR_STATES) {
      const label = await openQuestion(page, lang, question);
      await makeWrong(page, lang, label);
      await expectErrorSummary(page, lang);
      await scan(page, lang, `${templateOf(findQuestion(questionnaire, question)!)} with an error`);
    }
  });

  test(`every screen around the questions is accessible in ${lang}`, async ({ page, request }) => {
    const heading = (key: string, ns?: string) => page.getByRole("heading", { level: 1, name: text(lang, key, {}, ns) });
    const visit = async (screen: string, path: string, key: string, ns?: string) => {
      await page.goto(`/${lang}${path}`);
      await expect(heading(key, ns)).toBeVisible();
      await scan(page, lang, screen);
    };
    await visit("start", "", "start.title");
    await page.getByRole("navigation", { name: text(lang, "languageSwitch.label") }).getByText(text(lang, `languages.${lang}`), { exact: true }).first().click();
    await expect(page.getByRole("navigation", { name: text(lang, "languageSwitch.label") }).getByRole("link")).toHaveCount(7);
    await scan(page, lang, "language list open");
    await visit("offline", "/offline", "offline.title");
    await visit("accessibility statement", "/accessibility", "title", "accessibility");
    await visit("privacy notice", "/privacy", "title", "privacy");
    await visit("kiosk settings", "/kiosk", "kiosk.settings.title");
    await visit("helper's page", "/aide", "helper.title");

    await aDraftOnThisDevice(page, request, lang, FILE);
    await expect(heading("check.title")).toBeVisible();
    await scan(page, lang, "check");
    // Sent without an agency nor consent: both named in the summary.
    await page.getByRole("button", { name: text(lang, "check.send") }).click();
    await expect(page.getByRole("link", { name: err(lang, "consent.required") })).toBeVisible();
    await scan(page, lang, "check with an error");
    await visit("start with a file in progress", "", "start.title");
    await visit("answer history", "/history", "history.title");
    await visit("task list", "/tasks", "tasks.title");
    await page.goto(`/${lang}/resume`);
    await expect(page.getByRole("img", { name: text(lang, "resume.qrLabel") })).toBeVisible();
    await scan(page, lang, "resume code");

    // Help on this phone: the page, then a question with the guidance beside it.
    await page.getByRole("link", { name: text(lang, "help.link") }).click();
    await expect(heading("help.title")).toBeVisible();
    await scan(page, lang, "help");
    await page.getByRole("radio", { name: text(lang, "help.roles.volunteer") }).check();
    await page.getByRole("textbox", { name: text(lang, "help.fields.name") }).fill("Fatou");
    await page.getByRole("button", { name: text(lang, "help.sameDevice.start") }).click();
    await page.waitForURL(/\/check$/);
    await page.goto(`/${lang}/questions/current-activity`);
    await expect(page.getByRole("complementary", { name: text(lang, "title", {}, "guidance") })).toBeVisible();
    await expect(page.getByRole("button", { name: text(lang, "continue") })).toBeEnabled();
    await scan(page, lang, "question in helper mode");
    const banner = page.getByRole("region", { name: text(lang, "help.banner.label") });
    await banner.getByRole("button", { name: text(lang, "help.banner.takeBack") }).click();
    await expect(banner).toBeHidden();
    // Help from another device: the code to show the helper.
    await page.getByRole("link", { name: text(lang, "help.link") }).click();
    await page.getByRole("button", { name: text(lang, "help.remote.show") }).click();
    await expect(page.getByText(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/)).toBeVisible();
    await scan(page, lang, "join code");

    await page.goto(`/${lang}/check`);
    expect((await chooseAgencyAndSend(page, lang, paris11)).status()).toBe(201);
    await expect(heading("confirmation.title")).toBeVisible();
    await scan(page, lang, "confirmation");
    await page.getByRole("link", { name: text(lang, "sent.seeMyFile") }).click();
    await expect(heading("myFile.title")).toBeVisible();
    await scan(page, lang, "my file");
    await page.getByRole("button", { name: text(lang, "deletion.button") }).click();
    await expect(page.getByRole("heading", { level: 2, name: text(lang, "deletion.confirmTitle") })).toBeFocused();
    await scan(page, lang, "delete confirmation");
    await page.getByRole("button", { name: text(lang, "deletion.confirm") }).click();
    await expect(heading("deletion.doneTitle")).toBeVisible();
    await expect(page.getByRole("button", { name: text(lang, "readAloud.listen") })).toBeVisible();
    await scan(page, lang, "file deleted");
  });
}

/** The file up to its digital access, which starts ticked from what came before (online procedures are hard). */
const PREFILLED: Record<string, AnswerValue> = Object.fromEntries(
  Object.entries({ ...FILE, "digital-skills": "NEED_HELP" }).filter(([id]) => id !== "digital-access"),
);

for (const lang of ["fr", "ar"] as const) {
  // The notice over answers ticked from earlier ones, then the kiosk's own states, reached as a person does on one.
  test(`a prefilled answer and every state of a kiosk are accessible in ${lang}`, async ({ page, request }) => {
    const heading = (key: string) => page.getByRole("heading", { level: 1, name: text(lang, key) });
    await page.clock.install();
    await turnKioskOn(page, lang);
    await aDraftOnThisDevice(page, request, lang, PREFILLED);
    await openQuestion(page, lang, "digital-access");
    await expect(page.getByText(text(lang, "redundantEntry.prefilled"))).toBeVisible();
    await scan(page, lang, "prefilled answer on a kiosk");
    await page.getByRole("button", { name: text(lang, "continue") }).click();
    await page.waitForURL((url) => !url.pathname.endsWith("/digital-access"));

    // The person walks away: the inactivity warning.
    await kioskWatching(page, lang);
    await page.clock.fastForward("03:01");
    const warning = page.getByRole("alertdialog", { name: text(lang, "kiosk.idle.title") });
    await expect(warning).toBeVisible();
    await scan(page, lang, "kiosk inactivity warning");
    await warning.getByRole("button", { name: text(lang, "kiosk.idle.stay") }).click();
    await expect(warning).toBeHidden();

    // A volunteer known to the kiosk, offered again in one tap on the help page.
    await page.getByRole("link", { name: text(lang, "help.link") }).click();
    await page.getByRole("radio", { name: text(lang, "help.roles.volunteer") }).check();
    await page.getByRole("textbox", { name: text(lang, "help.fields.name") }).fill("Fatou");
    await page.getByRole("button", { name: text(lang, "help.sameDevice.start") }).click();
    const banner = page.getByRole("region", { name: text(lang, "help.banner.label") });
    await expect(banner).toContainText("Fatou");
    await banner.getByRole("button", { name: text(lang, "help.banner.takeBack") }).click();
    await expect(banner).toBeHidden();
    await page.getByRole("link", { name: text(lang, "help.link") }).click();
    await expect(heading("help.title")).toBeVisible();
    await expect(page.getByRole("button", { name: text(lang, "kiosk.helper.takeOver", { name: "Fatou", role: text(lang, "help.roles.volunteer") }) })).toBeVisible();
    await scan(page, lang, "help page on a kiosk with a volunteer known");

    // The server refuses every sync for now: an answer waits on the device when the person finishes.
    const server = await refuseAnswers(page);
    const label = await openQuestion(page, lang, "phone");
    await page.getByRole("textbox", { name: label }).fill("06 98 76 54 32");
    await page.getByRole("button", { name: text(lang, "continue") }).click();
    await page.waitForURL((url) => !url.pathname.endsWith("/phone"));
    await page.getByRole("button", { name: text(lang, "kiosk.finish") }).click();
    await page.waitForURL(/\/kiosk\/end$/);
    await expect(page.getByText(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)).toBeVisible();
    await scan(page, lang, "kiosk end");
    const clear = page.getByRole("button", { name: text(lang, "kiosk.end.clear") });
    await clear.click();
    await expect(page.getByRole("heading", { level: 2, name: text(lang, "kiosk.unsaved.title") })).toBeFocused();
    await scan(page, lang, "kiosk end with answers not yet saved");
    await page.getByRole("button", { name: text(lang, "kiosk.unsaved.keep") }).click();
    await expect(page.getByRole("status").filter({ hasText: text(lang, "kiosk.unsaved.kept") })).toBeVisible();
    await scan(page, lang, "kiosk end, the device kept as it is");

    // Left idle with that answer still waiting: the screen is covered until the server has it, then cleared.
    await openQuestion(page, lang, "email");
    await kioskWatching(page, lang);
    await page.clock.fastForward("03:01");
    await page.clock.runFor("01:05");
    await expect(page.getByRole("alertdialog", { name: text(lang, "kiosk.unsaved.title") })).toBeVisible();
    await scan(page, lang, "kiosk waiting to clear itself");
    await server.accept();
    await page.clock.fastForward("01:00");
    await page.waitForURL(new RegExp(`/${lang}$`));

    // The next person sends their file: the confirmation says how to see it again and when the kiosk clears.
    await aDraftOnThisDevice(page, request, lang, FILE);
    await expect(heading("check.title")).toBeVisible();
    expect((await chooseAgencyAndSend(page, lang, paris11)).status()).toBe(201);
    await expect(page.getByRole("button", { name: text(lang, "kiosk.afterSend.finish") })).toBeVisible();
    await scan(page, lang, "confirmation on a kiosk");
  });
}
