// A new version of the app never reloads a page under someone's fingers: it waits, asks, and keeps the draft.
// The new version is published on a server of this test's own, serving its own copy of the build: the other tests
// (running meanwhile) and the build itself never see it.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { questionnaire } from "@/lib/questionnaire/definition";
import { findQuestion } from "@/lib/questionnaire/engine";
import { awa } from "@/tests/fixtures/people";
import { answerUntil, waitForOfflineReady } from "./support/journey";
import { OwnServer, aCopyOfTheBuild, portBeside } from "./support/ownServer";
import { questionLabel, text } from "./support/texts";

const port = Number(process.env.E2E_UPDATE_PORT ?? portBeside(8));
let build: ReturnType<typeof aCopyOfTheBuild> | undefined;
let server: OwnServer | undefined;
test.use({ baseURL: `http://127.0.0.1:${port}`, serviceWorkers: "allow" });
test.beforeAll(async () => {
  build = aCopyOfTheBuild();
  server = new OwnServer(port, "", build.dir);
  await server.start();
});
test.afterAll(() => {
  server?.kill();
  build?.remove();
});

test("a new version waits for the person, who updates without losing what they typed", async ({ page }) => {
  const worker = path.join(build!.dir, "public", "sw.js");
  await page.goto("/fr");
  await page.getByRole("link", { name: text("fr", "start.button") }).click();
  await page.waitForURL(/\/questions\/filling-mode/);
  await waitForOfflineReady(page);
  await answerUntil(page, "fr", awa, "last-name");
  const lastName = page.getByRole("textbox", { name: questionLabel("fr", findQuestion(questionnaire, "last-name")!) });
  await lastName.fill("Diallo");
  await expect(page.getByText(text("fr", "autosave.saved"))).toBeVisible();

  // The server now has a new version of the service worker.
  writeFileSync(worker, `${readFileSync(worker, "utf8")}\n// new version ${Date.now()}\n`);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

  const prompt = page.getByRole("button", { name: text("fr", "update.button") });
  await expect(prompt).toBeVisible({ timeout: 30_000 });
  // Nothing reloaded by itself: the person is still typing on the same page.
  await lastName.fill("Diallo-Sow");
  await expect(lastName).toHaveValue("Diallo-Sow");

  const reloaded = page.waitForEvent("load");
  await prompt.click();
  await reloaded;
  // The last name is asked under the first name, on its screen (issue 14).
  await expect(page.getByRole("heading", { level: 1, name: questionLabel("fr", findQuestion(questionnaire, "first-name")!) })).toBeVisible();
  await expect(lastName).toHaveValue("Diallo-Sow");
  await expect(prompt).toBeHidden();
});
