// Walks the file the way a person does: reads which question is on screen, answers it through labelled controls,
// presses Continue. Answers are given as the stored values; the driver turns them into clicks and typing.
import { expect, type Page } from "@playwright/test";
import { questionnaire } from "@/lib/questionnaire/definition";
import { followUpsShown, progress, screenOf } from "@/lib/questionnaire/engine";
import type { AnswerValue, Question } from "@/lib/questionnaire/types";
import { fillWith, fillers, type Fillers } from "./fillers";
import { questionLabel, text } from "./texts";

export type Script = Record<string, AnswerValue>;

export function currentQuestion(page: Page): Question | null {
  const match = /\/questions\/([a-z-]+)/.exec(new URL(page.url()).pathname);
  return match ? (questionnaire.questions.find((question) => question.id === match[1]) ?? null) : null;
}

export async function answer(page: Page, lang: string, question: Question, value: AnswerValue) {
  await fillWith(fillers, page, lang, question, value);
}

/**
 * Answers the screen's question from the script, then each follow-up its answer opens under it (issue 14), once it
 * shows, with `how` (pointer and typing by default; keyboard.spec.ts gives its keys). Returns the ids of the
 * follow-ups shown; `given` receives what was answered.
 */
export async function answerScreen(page: Page, lang: string, question: Question, script: Script, given: Script = {}, how: Fillers = fillers): Promise<string[]> {
  const shown = followUpsShown(questionnaire, question, script[question.id]);
  for (const asked of [question, ...shown]) {
    const value = script[asked.id];
    if (value === undefined) continue;
    await fillWith(how, page, lang, asked, value);
    given[asked.id] = value;
  }
  return shown.map((followUp) => followUp.id);
}

/**
 * Answers every question from the current one until the check page. `onScreen` runs once per question
 * screen, before it is answered (for accessibility scans). Returns the ids of the questions seen, each screen's
 * follow-ups right after it.
 */
export async function walkToCheck(page: Page, lang: string, script: Script, onScreen?: (question: Question) => Promise<void>) {
  const seen: string[] = [];
  const given: Script = {};
  while (!new URL(page.url()).pathname.endsWith("/check")) {
    const question = currentQuestion(page);
    expect(question, `unexpected page ${page.url()}`).not.toBeNull();
    await expect(page.getByRole("heading", { level: 1, name: questionLabel(lang, question!) })).toBeVisible();
    expect(seen, `${question!.id} asked twice`).not.toContain(question!.id);
    seen.push(question!.id);
    const where = progress(questionnaire, given, question!.id)!;
    await expect(page.getByText(text(lang, "progress", { step: where.step, total: where.total }), { exact: true })).toBeVisible();
    await onScreen?.(question!);
    seen.push(...(await answerScreen(page, lang, question!, script, given)));
    await page.getByRole("button", { name: text(lang, "continue") }).click();
    await page.waitForURL((url) => !url.pathname.endsWith(`/questions/${question!.id}`));
  }
  return seen;
}

/** Answers questions from the current one, in order, until the screen of `stop` is on screen (not answered). */
export async function answerUntil(page: Page, lang: string, script: Script, stop: string) {
  for (;;) {
    const question = currentQuestion(page);
    expect(question, `unexpected page ${page.url()}`).not.toBeNull();
    await expect(page.getByRole("heading", { level: 1, name: questionLabel(lang, question!) })).toBeVisible();
    if (question!.id === screenOf(questionnaire, stop)) return;
    await answerScreen(page, lang, question!, script);
    await page.getByRole("button", { name: text(lang, "continue") }).click();
    await page.waitForURL((url) => !url.pathname.endsWith(`/questions/${question!.id}`));
  }
}

/** Waits until the service worker has precached the app and controls the page. */
export async function waitForOfflineReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener("controllerchange", () => resolve(), { once: true }));
    }
  });
}

/** The resume code shown to the person, as they would copy it. */
export async function readResumeCode(page: Page, lang: string): Promise<string> {
  await page.goto(`/${lang}/resume`);
  const value = page.getByText(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expect(value).toBeVisible({ timeout: 30_000 });
  return (await value.textContent())!;
}

/** The agency the e2e server is seeded with, as its radio reads ("name – postcode town"). */
export function agencyOption(lang: string, agency: { name: string; postcode: string; town: string }): string {
  return text(lang, "send.agency.option", { name: agency.name, postcode: agency.postcode, town: agency.town });
}

/**
 * On the check page: finds the agency by typing the start of its postcode, chooses it, ticks consent and
 * presses `button` (Send, or Send the corrected file). Resolves with the server's answer to the send.
 */
export async function chooseAgencyAndSend(
  page: Page,
  lang: string,
  agency: { name: string; postcode: string; town: string },
  button = text(lang, "check.send"),
) {
  await page.getByRole("textbox", { name: text(lang, "send.agency.searchLabel") }).fill(agency.postcode.slice(0, 3));
  await page.getByRole("radio", { name: agencyOption(lang, agency), exact: true }).check();
  await page.getByRole("checkbox", { name: text(lang, "check.consent") }).check();
  const sent = page.waitForResponse((r) => /\/api\/v1\/drafts\/[^/]+\/submission$/.test(r.url()) && r.request().method() === "POST");
  await page.getByRole("button", { name: button, exact: true }).click();
  return sent;
}
