// Reaching a screen deep in the file without walking to it: the draft is made through the API, as another device
// makes it, then opened on the page's device with the link of its QR code, as a person resuming does.
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { formatResumeCode, normaliseResumeCode } from "@/lib/drafts/protocol";
import type { AnswerValue } from "@/lib/questionnaire/types";
import { text } from "./texts";

interface DraftOnTheServer {
  draftId: string;
  token: string;
  /** As the server gives it: 12 characters, no dashes. */
  resumeCode: string;
  revision: number;
}

/** Registers a draft and stores `answers` in it, in the order given (so branches open as they would). */
export async function aDraftOnTheServer(request: APIRequestContext, answers: Record<string, AnswerValue>): Promise<DraftOnTheServer> {
  const draftId = crypto.randomUUID();
  const token = crypto.randomUUID().replace(/-/g, "");
  const registered = await request.put(`/api/v1/drafts/${draftId}`, { data: { token } });
  expect(registered.status()).toBe(201);
  const { resumeCode } = (await registered.json()) as { resumeCode: string };
  const changes = Object.entries(answers).map(([questionId, value], i) => ({ questionId, value, changedAt: Date.now() + i }));
  if (changes.length === 0) return { draftId, token, resumeCode, revision: 0 };
  const saved = await request.post(`/api/v1/drafts/${draftId}/answers`, { data: { baseRevision: 0, changes }, headers: { Authorization: `Bearer ${token}` } });
  expect(saved.status()).toBe(200);
  const { revision } = (await saved.json()) as { revision: number };
  return { draftId, token, resumeCode, revision };
}

/**
 * Opens the draft on this page's device through `/resume#code=…` and its button; resolves once the
 * device holds it and has moved on (to the first question left, the check page, or the person's copy if sent).
 * The code in the field shows the page's script has run: a press before that would submit a bare HTML form.
 */
export async function resumeOnThisDevice(page: Page, lang: string, resumeCode: string) {
  await page.goto(`/${lang}/resume#code=${resumeCode}`);
  await expect(page.getByRole("textbox", { name: text(lang, "resume.inputLabel") })).toHaveValue(formatResumeCode(normaliseResumeCode(resumeCode)));
  await page.getByRole("button", { name: text(lang, "resume.submit") }).click();
  await page.waitForURL((url) => !url.pathname.endsWith("/resume"));
}

/** Both at once: `answers` on the server and on this device. */
export async function aDraftOnThisDevice(page: Page, request: APIRequestContext, lang: string, answers: Record<string, AnswerValue>) {
  const draft = await aDraftOnTheServer(request, answers);
  await resumeOnThisDevice(page, lang, draft.resumeCode);
  return draft;
}
