// On an agency kiosk, a person finishes (or walks away) and the device keeps nothing of them.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { formatResumeCode } from "@/lib/drafts/protocol";
import { questionnaire } from "@/lib/questionnaire/definition";
import { findQuestion } from "@/lib/questionnaire/engine";
import { paris11 } from "@/tests/fixtures/agencies";
import { awa } from "@/tests/fixtures/people";
import { expectNoAxeViolations } from "./support/axe";
import { deviceDraft, storedRows } from "./support/device";
import { hydrated } from "./support/hydrated";
import { kioskWatching, turnKioskOn } from "./support/kiosk";
import { aDraftOnThisDevice } from "./support/drafts";
import { answer, answerUntil, chooseAgencyAndSend, readResumeCode, waitForOfflineReady } from "./support/journey";
import { refuseAnswers, serverAnswers } from "./support/server";
import { questionLabel, text } from "./support/texts";

const question = (id: string) => findQuestion(questionnaire, id)!;
const role = (r: string) => text("fr", `help.roles.${r}`);
/** The first answers of Awa's file: on the device (and the server), the next question is her phone. */
const FIRST_ANSWERS = Object.fromEntries(["filling-mode", "first-name", "last-name", "birth-date", "address"].map((id) => [id, awa[id]!]));
const RESUME_CODE = /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

/** What this site left in the browser: IndexedDB contents, caches other than the app shell, cookies, storage. */
async function leftovers(page: Page) {
  const rows = await storedRows(page);
  // The start page of the next person may already have opened a fresh, empty draft: count what it holds.
  let answersLeft = 0;
  for (const { store, rows: found } of rows.filter((r) => r.database === "relais")) {
    for (const row of found) answersLeft += store === "outbox" ? 1 : Object.keys((row as { entries?: object }).entries ?? {}).length;
  }
  const inPage = await page.evaluate(async () => {
    // The start page the next person sees may prefetch public pages again: what matters is that no page of
    // the previous person's journey is still cached.
    const journeyPages: string[] = [];
    for (const name of (await caches.keys()).filter((n) => !n.includes("precache"))) {
      for (const request of await (await caches.open(name)).keys()) if (/\/(questions|check|resume|history)/.test(request.url)) journeyPages.push(request.url);
    }
    // The kiosk setting stays, and the generation a clear starts (a random word, nothing of anyone).
    const kept = ["relais-kiosk", "relais-generation"];
    const databases = (await indexedDB.databases()).map((d) => d.name).filter((n) => n !== "relais");
    return { databases, caches: journeyPages, cookies: document.cookie, storage: Object.keys(localStorage).filter((k) => !kept.includes(k)), session: sessionStorage.length };
  });
  return { ...inPage, answersLeft };
}

async function kioskWithAnswers(page: Page) {
  await turnKioskOn(page);
  await page.goto("/fr");
  await page.getByRole("link", { name: text("fr", "start.button") }).click();
  await page.waitForURL(/\/questions\/filling-mode/);
  await waitForOfflineReady(page);
  await answerUntil(page, "fr", awa, "phone");
}

// The kiosk clears what the service worker kept of the person's journey too.
test.describe("with the service worker", () => {
  test.use({ serviceWorkers: "allow" });

  test("a person finishes on a kiosk, takes their code, and the device is cleared", async ({ page, context, request }) => {
    await context.addCookies([{ name: "left-by-someone", value: "1", url: "http://127.0.0.1" }]);
    await kioskWithAnswers(page);
    await page.getByRole("button", { name: text("fr", "kiosk.finish") }).click();
    await page.waitForURL(/\/fr\/kiosk\/end/);
    const code = page.getByText(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expect(code).toBeVisible({ timeout: 30_000 });
    const resumeCode = (await code.textContent())!;
    await expectNoAxeViolations(page, "kiosk end");
    await page.getByRole("button", { name: text("fr", "kiosk.end.clear") }).click();
    await page.waitForURL(/\/fr$/);

    expect(await leftovers(page)).toEqual({ databases: [], answersLeft: 0, caches: [], cookies: "", storage: [], session: 0 });
    // The next person starts from nothing, and the draft is safe on the server under the code.
    await page.getByRole("link", { name: text("fr", "start.button") }).click();
    await page.waitForURL(/\/questions\/filling-mode/);
    await expect(page.getByRole("radio", { name: /./ }).first()).not.toBeChecked();
    const saved = await serverAnswers(request, resumeCode);
    expect(saved["last-name"]).toBe(awa["last-name"]);
  });

  test("a person who walks away is warned, can stay, and otherwise the kiosk clears itself", async ({ page }) => {
    await page.clock.install();
    await kioskWithAnswers(page);
    await page.getByRole("textbox", { name: questionLabel("fr", findQuestion(questionnaire, "phone")!) }).fill("06 12 34 56 78");

    await kioskWatching(page);
    await page.clock.fastForward("03:01");
    const warning = page.getByRole("alertdialog", { name: text("fr", "kiosk.idle.title") });
    await expect(warning).toBeVisible();
    await expectNoAxeViolations(page, "kiosk inactivity warning");
    await warning.getByRole("button", { name: text("fr", "kiosk.idle.stay") }).click();
    await expect(warning).toBeHidden();

    await page.clock.fastForward("03:01");
    await expect(warning).toBeVisible();
    // The count goes down one second at a time: every tick of the grace period runs (fastForward would run one).
    await page.clock.runFor("01:05");
    await page.waitForURL(/\/fr$/);
    expect(await leftovers(page)).toEqual({ databases: [], answersLeft: 0, caches: [], cookies: "", storage: [], session: 0 });
  });
});

test("a sensitive question can be hidden from someone looking over a shoulder", async ({ page, request }) => {
  await aDraftOnThisDevice(page, request, "fr", awa);
  await page.goto("/fr/questions/disability-status");
  const label = questionLabel("fr", findQuestion(questionnaire, "disability-status")!);
  await expect(page).toHaveTitle(text("fr", "pageTitle", { title: label }));
  await page.getByRole("button", { name: text("fr", "quickHide.hide") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeHidden();
  // The tab strip and the task switcher show the title: it says nothing of the question either.
  await expect(page).toHaveTitle(text("fr", "appName"));
  await page.getByRole("button", { name: text("fr", "quickHide.show") }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(label.slice(0, 20)) })).toBeVisible();
  await expect(page).toHaveTitle(text("fr", "pageTitle", { title: label }));
});

/** Every text this site keeps in the browser: each row of each IndexedDB database, local and session storage. */
async function everythingStored(page: Page): Promise<string> {
  const rows = (await storedRows(page)).map(({ rows: found }) => JSON.stringify(found));
  const storage = await page.evaluate(() => {
    const parts: string[] = [];
    for (const area of [localStorage, sessionStorage]) {
      for (let i = 0; i < area.length; i += 1) parts.push(area.key(i) ?? "", area.getItem(area.key(i) ?? "") ?? "");
    }
    return parts;
  });
  return [...rows, ...storage].join("\n");
}

/** Who the server logged for each answer of the draft this device holds now. */
async function authors(page: Page, request: APIRequestContext) {
  const draft = await deviceDraft(page);
  const response = await request.get(`/api/v1/drafts/${draft.id}/log`, { headers: { Authorization: `Bearer ${draft.server.token}` } });
  expect(response.status()).toBe(200);
  const { log } = (await response.json()) as { log: Array<{ questionId: string; author: { kind: string; name?: string } }> };
  return log.map((row) => ({ question: row.questionId, by: row.author.kind === "helper" ? row.author.name : "person" }));
}

async function passTheDevice(page: Page, name: string) {
  await page.getByRole("link", { name: text("fr", "help.link") }).click();
  // Under load the link may fall back to loading the page in full: a press before its scripts run posts the bare form.
  await expect(page.getByRole("heading", { level: 1, name: text("fr", "help.title") })).toBeVisible();
  await hydrated(page);
  await page.getByRole("radio", { name: role("volunteer") }).check();
  await page.getByRole("textbox", { name: text("fr", "help.fields.name") }).fill(name);
  await page.getByRole("button", { name: text("fr", "help.sameDevice.start") }).click();
}

test.describe("at a 1280×800 kiosk", () => {
  test.use({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });

  test("a helped person sends and walks away: the help ends, the kiosk clears itself, and the next person finds nothing of them", async ({ page, request }) => {
    await page.clock.install();
    await turnKioskOn(page);
    const { resumeCode } = await aDraftOnThisDevice(page, request, "fr", awa);
    await page.waitForURL(/\/check$/);
    await passTheDevice(page, "Fatou");
    await page.waitForURL(/\/check$/);
    const banner = page.getByRole("region", { name: text("fr", "help.banner.label") });
    await expect(banner).toContainText("Fatou");

    const sent = await chooseAgencyAndSend(page, "fr", paris11);
    expect(sent.status()).toBe(201);
    const { reference } = (await sent.json()) as { reference: string };
    await page.waitForURL(/\/confirmation$/);
    // Sending ends the help.
    await expect(banner).toBeHidden();
    // First the reference and how to see the file again (with the code, printable), and when the device clears itself.
    await expect(page.getByText(reference, { exact: true })).toBeVisible();
    await expect(page.getByText(text("fr", "kiosk.afterSend.howTo", { link: text("fr", "resume.linkFromStart") }))).toBeVisible();
    await expect(page.getByText(RESUME_CODE)).toBeVisible();
    await expect(page.getByRole("button", { name: text("fr", "resume.print") })).toBeVisible();
    await expect(page.getByText(text("fr", "kiosk.afterSend.auto_other", { count: 2 }))).toBeVisible();
    await expect(page.getByRole("button", { name: text("fr", "kiosk.afterSend.finish") })).toBeVisible();
    await expect(page.getByRole("button", { name: text("fr", "confirmation.newFile") })).toHaveCount(0);
    await expectNoAxeViolations(page, "confirmation on a kiosk");

    // The person walks away without pressing anything: a warning after a minute, then the device clears itself.
    await page.clock.fastForward("01:01");
    await expect(page.getByRole("alertdialog", { name: text("fr", "kiosk.idle.title") })).toBeVisible();
    await page.clock.runFor("01:05");
    await page.waitForURL(/\/fr$/);

    const theirs = [awa["first-name"], awa["last-name"], "Lilas", awa.phone, awa["message-to-counsellor"], reference, resumeCode, formatResumeCode(resumeCode), "Fatou"] as string[];
    const expectNothingOfThem = async (when: string) => {
      await expect(page.getByRole("heading", { level: 1, name: text("fr", "start.title") })).toBeVisible();
      const onScreen = await page.locator("body").innerText();
      expect(theirs.filter((words) => onScreen.includes(words)), `on screen, ${when}`).toEqual([]);
      const stored = await everythingStored(page);
      expect(theirs.filter((words) => stored.includes(words)), `stored, ${when}`).toEqual([]);
    };
    await expectNothingOfThem("after the clear");
    // The next person: every entry of the person before leads to the start page.
    for (let back = 1; back <= 3; back += 1) {
      await page.goBack({ waitUntil: "commit" });
      await page.waitForURL(/\/fr$/);
      await expectNothingOfThem(`Back ×${back}`);
    }
    await page.goForward({ waitUntil: "commit" });
    await page.waitForURL(/\/fr$/);
    await expectNothingOfThem("Forward");
    await page.reload();
    await expectNothingOfThem("a reload");

    // A new file: no helper is inherited, and the first answer is the new person's.
    await page.getByRole("link", { name: text("fr", "start.button") }).click();
    await page.waitForURL(/\/questions\/filling-mode$/);
    await expect(banner).toBeHidden();
    await expect(page.getByRole("complementary", { name: text("fr", "title", {}, "guidance") })).toHaveCount(0);
    await answer(page, "fr", question("filling-mode"), "WITH_HELP");
    await page.getByRole("button", { name: text("fr", "continue") }).click();
    await page.waitForURL(/\/questions\/first-name$/);
    await expect.poll(() => authors(page, request).catch(() => []), { timeout: 15_000 }).toEqual([{ question: "filling-mode", by: "person" }]);
    const stored = await everythingStored(page);
    expect(theirs.filter((words) => stored.includes(words)), "stored, with a new file").toEqual([]);
  });
});

/**
 * A kiosk whose person typed the phone number and pressed Continue while the server refuses every sync (a database
 * outage). The device's retries are spaced out (up to 60 s): the page's clock is installed, for tests to move it on.
 */
async function anUnsentAnswerOnTheKiosk(page: Page, request: APIRequestContext) {
  await page.clock.install();
  await turnKioskOn(page);
  await aDraftOnThisDevice(page, request, "fr", FIRST_ANSWERS);
  await page.waitForURL(/\/questions\/phone$/);
  const code = await readResumeCode(page, "fr");
  await page.goBack();
  const server = await refuseAnswers(page);
  await page.getByRole("textbox", { name: questionLabel("fr", question("phone")) }).fill(awa.phone as string);
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await page.waitForURL((url) => !url.pathname.endsWith("/phone"));
  await expect.poll(server.refused).toBeGreaterThan(0);
  return { code, ...server };
}

test("'Finish and clear' keeps an answer the server has not acknowledged, says so, and clears once the server has it", async ({ page, request }) => {
  const { code, refused, accept } = await anUnsentAnswerOnTheKiosk(page, request);
  await page.getByRole("button", { name: text("fr", "kiosk.finish") }).click();
  await page.waitForURL(/\/kiosk\/end$/);
  await expect(page.getByText(code)).toBeVisible();
  const before = refused();
  const clear = page.getByRole("button", { name: text("fr", "kiosk.end.clear") });
  await clear.click();
  // Nothing is erased: the device says how many answers wait, and tried again.
  const title = page.getByRole("heading", { level: 2, name: text("fr", "kiosk.unsaved.title") });
  await expect(title).toBeFocused();
  await expect(page.getByText(text("fr", "kiosk.unsaved.count_one", { count: 1 }))).toBeVisible();
  expect(refused()).toBeGreaterThan(before);
  await expect(page.getByRole("button", { name: text("fr", "kiosk.unsaved.print") })).toBeVisible();
  expect((await deviceDraft(page)).entries.phone).toMatchObject({ value: awa.phone, pending: true });
  await expectNoAxeViolations(page, "kiosk end with answers not yet saved");

  // The person may keep the device as it is: nothing is erased.
  await page.getByRole("button", { name: text("fr", "kiosk.unsaved.keep") }).click();
  await expect(page.getByRole("status").filter({ hasText: text("fr", "kiosk.unsaved.kept") })).toBeVisible();
  await expect(clear).toBeFocused();
  expect((await deviceDraft(page)).entries.phone).toMatchObject({ value: awa.phone, pending: true });
  await expectNoAxeViolations(page, "kiosk end, the device kept as it is");

  // They ask again; once the server answers, the clear completes by itself, at the device's next try.
  await clear.click();
  await expect(title).toBeVisible();
  const tries = refused();
  await accept();
  await page.clock.fastForward("01:00");
  await page.waitForURL(/\/fr$/);
  // A few attempts, spaced out: not a loop.
  expect(tries).toBeLessThan(8);
  expect((await serverAnswers(request, code)).phone).toBe(awa.phone);
  expect(await leftovers(page)).toEqual({ databases: [], answersLeft: 0, caches: [], cookies: "", storage: [], session: 0 });
});

test("left idle with an answer the server has not acknowledged, the kiosk covers the screen, keeps the answer, and clears once the server has it", async ({ page, request }) => {
  const { code, accept } = await anUnsentAnswerOnTheKiosk(page, request);

  // The person walks away: after the warning, the screen is covered, but nothing is erased while the answer waits.
  await kioskWatching(page);
  await page.clock.fastForward("03:01");
  await page.clock.runFor("01:05");
  const waiting = page.getByRole("alertdialog", { name: text("fr", "kiosk.unsaved.title") });
  await expect(waiting).toBeVisible();
  await expect(waiting.getByText(text("fr", "kiosk.unsaved.count_one", { count: 1 }))).toBeVisible();
  await expect(waiting.getByRole("button", { name: text("fr", "kiosk.unsaved.retry") })).toBeFocused();
  expect((await deviceDraft(page)).entries.phone).toMatchObject({ value: awa.phone, pending: true });
  await expectNoAxeViolations(page, "kiosk waiting to clear itself");

  // Once the server answers, the device's next try gets the answer there, and the kiosk clears itself.
  await accept();
  await page.clock.fastForward("01:00");
  await page.waitForURL(/\/fr$/);
  expect((await serverAnswers(request, code)).phone).toBe(awa.phone);
  expect(await leftovers(page)).toEqual({ databases: [], answersLeft: 0, caches: [], cookies: "", storage: [], session: 0 });
});

test("the inactivity warning is a modal dialog: focus is inside, Tab stays in it, and focus returns when the person stays", async ({ page, request }) => {
  await page.clock.install();
  await turnKioskOn(page);
  await aDraftOnThisDevice(page, request, "fr", FIRST_ANSWERS);
  const phone = page.getByRole("textbox", { name: questionLabel("fr", question("phone")) });
  await phone.fill(awa.phone as string);
  await expect(phone).toBeFocused();

  await kioskWatching(page);
  await page.clock.fastForward("03:01");
  const warning = page.getByRole("alertdialog", { name: text("fr", "kiosk.idle.title") });
  await expect(warning).toBeVisible();
  const stay = warning.getByRole("button", { name: text("fr", "kiosk.idle.stay") });
  await expect(stay).toBeFocused();
  const focusInWarning = () => page.evaluate(() => document.querySelector("dialog[open]")?.contains(document.activeElement) ?? false);
  for (const key of ["Tab", "Tab", "Shift+Tab", "Tab", "Shift+Tab", "Shift+Tab"]) {
    await page.keyboard.press(key);
    expect(await focusInWarning(), `after ${key}`).toBe(true);
  }
  await page.keyboard.press("Enter");
  await expect(warning).toBeHidden();
  await expect(phone).toBeFocused();
  // Escape is staying too.
  await page.clock.fastForward("03:01");
  await expect(warning).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(warning).toBeHidden();
  await expect(phone).toBeFocused();
});

test("a kiosk volunteer says who they are once, then takes the device again in one tap until the kiosk is cleared", async ({ page, request }) => {
  await turnKioskOn(page);
  await aDraftOnThisDevice(page, request, "fr", FIRST_ANSWERS);
  await page.waitForURL(/\/questions\/phone$/);
  await passTheDevice(page, "Fatou");
  await page.waitForURL(/\/questions\/phone$/);
  const banner = page.getByRole("region", { name: text("fr", "help.banner.label") });
  await expect(banner).toContainText("Fatou");
  await page.getByRole("textbox", { name: questionLabel("fr", question("phone")) }).fill(awa.phone as string);
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await page.waitForURL(/\/questions\/email$/);

  // The person takes the device back and answers; then one tap gives it to Fatou again, with no form.
  await banner.getByRole("button", { name: text("fr", "help.banner.takeBack") }).click();
  await expect(banner).toBeHidden();
  await page.getByRole("textbox", { name: questionLabel("fr", question("email")) }).fill("awa.diallo@example.org");
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await page.waitForURL(/\/questions\/social-security-number$/);
  const takeOver = page.getByRole("button", { name: text("fr", "kiosk.helper.takeOver", { name: "Fatou", role: role("volunteer") }) });
  await takeOver.click();
  await expect(banner).toContainText("Fatou");
  await expect(takeOver).toHaveCount(0);
  await page.getByRole("textbox", { name: questionLabel("fr", question("social-security-number")) }).fill("2 90 03 75 123 456 78");
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await page.waitForURL((url) => !url.pathname.endsWith("/social-security-number"));
  await expect
    .poll(async () => (await authors(page, request)).filter((row) => ["phone", "email", "social-security-number"].includes(row.question)), { timeout: 15_000 })
    .toEqual([
      { question: "phone", by: "Fatou" },
      { question: "email", by: "person" },
      { question: "social-security-number", by: "Fatou" },
    ]);

  // The help page offers the same single tap.
  await banner.getByRole("button", { name: text("fr", "help.banner.takeBack") }).click();
  await page.getByRole("link", { name: text("fr", "help.link") }).click();
  await expect(page.getByRole("heading", { level: 1, name: text("fr", "help.title") })).toBeVisible();
  await expect(takeOver).toHaveCount(1);
  await expectNoAxeViolations(page, "help page on a kiosk with a volunteer known");

  // Clearing the kiosk forgets the volunteer too.
  await page.goto("/fr/kiosk/end");
  await expect(page.getByText(RESUME_CODE)).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: text("fr", "kiosk.end.clear") }).click();
  await page.waitForURL(/\/fr$/);
  await page.getByRole("link", { name: text("fr", "help.link") }).click();
  await expect(page.getByRole("textbox", { name: text("fr", "help.fields.name") })).toBeVisible();
  await expect(takeOver).toHaveCount(0);
});
