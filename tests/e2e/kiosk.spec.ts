// On an agency kiosk, a person finishes (or walks away) and the device keeps nothing of them.
import { expect, test, type Page } from "@playwright/test";
import { questionnaire } from "@/lib/questionnaire/definition";
import { findQuestion } from "@/lib/questionnaire/engine";
import { awa } from "@/tests/fixtures/people";
import { expectNoAxeViolations } from "./support/axe";
import { answerUntil, waitForOfflineReady } from "./support/journey";
import { serverAnswers } from "./support/server";
import { questionLabel, text } from "./support/texts";

/** What this site left in the browser: IndexedDB contents, caches other than the app shell, cookies, storage. */
async function leftovers(page: Page) {
  return page.evaluate(async () => {
    const databases = await indexedDB.databases();
    // The start page the next person sees may prefetch public pages again: what matters is that no page of
    // the previous person's journey is still cached.
    const journeyPages: string[] = [];
    for (const name of (await caches.keys()).filter((n) => !n.includes("precache"))) {
      for (const request of await (await caches.open(name)).keys()) if (/\/(questions|check|resume|history)/.test(request.url)) journeyPages.push(request.url);
    }
    // The start page of the next person may already have opened a fresh, empty draft: count what it holds.
    let answersLeft = 0;
    if (databases.some((d) => d.name === "relais")) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open("relais");
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve) => {
          const all = db.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => resolve(all.result);
        });
        for (const row of rows) answersLeft += store === "outbox" ? 1 : Object.keys((row as { entries?: object }).entries ?? {}).length;
      }
      db.close();
    }
    return { databases: databases.map((d) => d.name).filter((n) => n !== "relais"), answersLeft, caches: journeyPages, cookies: document.cookie, storage: Object.keys(localStorage).filter((k) => k !== "relais-kiosk"), session: sessionStorage.length };
  });
}

async function kioskWithAnswers(page: Page) {
  await page.goto("/fr/kiosk");
  await page.getByRole("button", { name: text("fr", "kiosk.settings.start") }).click();
  await expect(page.getByRole("status").filter({ hasText: text("fr", "kiosk.settings.on") })).toBeVisible();
  await page.goto("/fr");
  await page.getByRole("link", { name: text("fr", "start.button") }).click();
  await page.waitForURL(/\/questions\/filling-mode/);
  await waitForOfflineReady(page);
  await answerUntil(page, "fr", awa, "phone");
}

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

  await page.clock.fastForward("03:01");
  const warning = page.getByRole("alertdialog", { name: text("fr", "kiosk.idle.title") });
  await expect(warning).toBeVisible();
  await expectNoAxeViolations(page, "kiosk inactivity warning");
  await warning.getByRole("button", { name: text("fr", "kiosk.idle.stay") }).click();
  await expect(warning).toBeHidden();

  await page.clock.fastForward("03:01");
  await expect(warning).toBeVisible();
  await page.clock.fastForward("01:05");
  await page.waitForURL(/\/fr$/);
  expect(await leftovers(page)).toEqual({ databases: [], answersLeft: 0, caches: [], cookies: "", storage: [], session: 0 });
});

test("a sensitive question can be hidden from someone looking over a shoulder", async ({ page }) => {
  await page.goto("/fr");
  await page.getByRole("link", { name: text("fr", "start.button") }).click();
  await page.waitForURL(/\/questions\/filling-mode/);
  await answerUntil(page, "fr", awa, "disability-status");
  await page.getByRole("button", { name: text("fr", "quickHide.hide") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeHidden();
  await page.getByRole("button", { name: text("fr", "quickHide.show") }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(questionLabel("fr", findQuestion(questionnaire, "disability-status")!).slice(0, 20)) })).toBeVisible();
});
