// Live help holds one event stream per screen: idle, no reconnection storm; once the help stops, no stream at all.
import { expect, test, type Page } from "@playwright/test";
import { questionnaire } from "@/lib/questionnaire/definition";
import { findQuestion } from "@/lib/questionnaire/engine";
import { optionLabel, text } from "./support/texts";
import { HELP_PING_MS } from "./support/helpStreams";
import { hydrated } from "./support/hydrated";

/**
 * Idle through five of the server's pings (every second on the test server; 15 s in production). A page that
 * reopened its stream on a ping, or after a stream that ends at once (backoff from 1 s, then 2 s, then 4 s), would
 * have made a third request by then.
 */
const IDLE_MS = 5 * HELP_PING_MS + 500;
/** Past the backoff's third step (at most 4 s): a page that reconnected after the stop would have done so by then. */
const AFTER_STOP_MS = 5_000;

/** Every event-stream request the page makes from now on (reconnections included), as they leave the browser. */
function streamRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.endsWith("/events")) seen.push(request.url());
  });
  return seen;
}

test("a helped session left idle keeps one stream per side, and none once the person stops the help", async ({ page, browser }) => {
  test.setTimeout(IDLE_MS + AFTER_STOP_MS + 120_000);
  const helperContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `helper-${crypto.randomUUID()}` } });
  const helper = await helperContext.newPage();
  const personStreams = streamRequests(page);
  const helperStreams = streamRequests(helper);

  // The person asks for help from another device and shows the join code.
  await page.goto("/fr");
  await page.getByRole("link", { name: text("fr", "start.button") }).click();
  await page.waitForURL(/\/questions\/filling-mode/);
  await page.getByRole("radio", { name: optionLabel("fr", findQuestion(questionnaire, "filling-mode")!, "WITH_HELP") }).check();
  await page.getByRole("link", { name: text("fr", "help.link") }).click();
  await page.getByRole("button", { name: text("fr", "help.remote.show") }).click();
  const shown = page.getByText(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expect(shown).toBeVisible();
  const code = (await shown.textContent())!;

  // The helper joins from their own device; the person accepts.
  await helper.goto("/fr/aide");
  // A choice made before React takes over the form can be reset as it does.
  await hydrated(helper);
  await helper.getByRole("textbox", { name: text("fr", "helper.codeLabel") }).fill(code);
  await helper.getByRole("radio", { name: text("fr", "help.roles.counsellor") }).check();
  await helper.getByRole("textbox", { name: text("fr", "help.fields.name") }).fill("Inès");
  await helper.getByRole("button", { name: text("fr", "helper.join") }).click();
  const banner = page.getByRole("region", { name: text("fr", "help.banner.label") });
  await banner.getByRole("button", { name: text("fr", "help.banner.accept") }).click();
  await expect(helper.getByRole("heading", { name: text("fr", "helper.liveTitle") })).toBeVisible();
  await expect(banner.getByRole("button", { name: text("fr", "help.banner.stop") })).toBeVisible();

  // Nobody does anything: each screen keeps the stream it opened (one more is tolerated for a dropped connection).
  await page.waitForTimeout(IDLE_MS);
  expect(personStreams.length, "event-stream requests from the person's page").toBeGreaterThanOrEqual(1);
  expect(personStreams.length, "event-stream requests from the person's page").toBeLessThanOrEqual(2);
  expect(helperStreams.length, "event-stream requests from the helper's page").toBeGreaterThanOrEqual(1);
  expect(helperStreams.length, "event-stream requests from the helper's page").toBeLessThanOrEqual(2);
  // Still live after the wait: the helper's stream carries the person's choice to let them type.
  await banner.getByRole("button", { name: text("fr", "help.mode.letHelperType") }).click();
  await expect(helper.getByText(text("fr", "helperLive.mode.helperTypes"))).toBeVisible();

  // The person stops the help: both screens know it, and neither opens a stream again.
  const personBefore = personStreams.length;
  const helperBefore = helperStreams.length;
  await banner.getByRole("button", { name: text("fr", "help.banner.stop") }).click();
  await expect(helper.getByRole("heading", { name: text("fr", "helper.ended") })).toBeVisible();
  await expect(banner).toBeHidden();
  await page.waitForTimeout(AFTER_STOP_MS);
  expect(personStreams.slice(personBefore), "event-stream requests from the person's page after the stop").toEqual([]);
  expect(helperStreams.slice(helperBefore), "event-stream requests from the helper's page after the stop").toEqual([]);
  // (The helper's token then gets a plain refusal, not a stream that ends at once: tests/integration/helpApi.test.ts.)
  await helperContext.close();
});
