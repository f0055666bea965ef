// The server dies in the middle of a sync and comes back: no answer is lost.
import { expect, test } from "@playwright/test";
import { questionnaire } from "@/lib/questionnaire/definition";
import { findQuestion } from "@/lib/questionnaire/engine";
import { awa } from "@/tests/fixtures/people";
import { answer, answerUntil, readResumeCode, waitForOfflineReady } from "./support/journey";
import { OwnServer, portBeside } from "./support/ownServer";
import { serverAnswers } from "./support/server";
import { questionLabel, text } from "./support/texts";

const server = new OwnServer(Number(process.env.E2E_OWN_PORT ?? portBeside(9)));
// The page keeps working from the service worker's copy while its server is down.
test.use({ baseURL: server.url, serviceWorkers: "allow" });
test.beforeAll(async () => server.start());
test.afterAll(() => server.kill());

test("answers typed while the server is killed and restarted all reach it", async ({ page, request }) => {
  await page.goto("/fr");
  await page.getByRole("link", { name: text("fr", "start.button") }).click();
  await page.waitForURL(/\/questions\/filling-mode/);
  await waitForOfflineReady(page);
  await answerUntil(page, "fr", awa, "phone");
  const code = await readResumeCode(page, "fr");
  await page.goto("/fr/questions/phone");

  // Typing starts a sync; the server dies while it is under way.
  await page.getByRole("textbox", { name: questionLabel("fr", findQuestion(questionnaire, "phone")!) }).fill("06 12 34 56 78");
  server.kill();
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await page.waitForURL(/\/questions\/email/);
  await answerUntil(page, "fr", awa, "time-without-work");

  await server.start();
  await answer(page, "fr", findQuestion(questionnaire, "time-without-work")!, awa["time-without-work"]!);
  const expected = Object.fromEntries(
    ["filling-mode", "first-name", "last-name", "birth-date", "address", "phone", "current-activity", "time-without-work"].map((id) => [id, awa[id]]),
  );
  await expect.poll(() => serverAnswers(request, code), { timeout: 60_000 }).toEqual(expected);
});
