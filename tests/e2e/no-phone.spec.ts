// A person with no phone and no e-mail: both are answers, the file goes through, the ways to reach them follow
// (a letter), and later questions start from what they said (WCAG 3.3.7) while the person can still change it.
import { expect, test } from "@playwright/test";
import { questionnaire } from "@/lib/questionnaire/definition";
import { findQuestion } from "@/lib/questionnaire/engine";
import { noneKey } from "@/lib/questionnaire/keys";
import type { AnswerValue } from "@/lib/questionnaire/types";
import { paris11 } from "@/tests/fixtures/agencies";
import { awa } from "@/tests/fixtures/people";
import { aDraftOnThisDevice } from "./support/drafts";
import { answer, answerUntil, chooseAgencyAndSend, currentQuestion } from "./support/journey";
import { optionLabel, q, questionLabel, text } from "./support/texts";

const question = (id: string) => findQuestion(questionnaire, id)!;
const beforePhone = Object.fromEntries(Object.entries(awa).slice(0, Object.keys(awa).indexOf("phone")));
// Awa's other answers, but she finds online procedures hard and leaves the later lists to what she said.
const rest: Record<string, AnswerValue> = Object.fromEntries(
  Object.entries({ ...awa, "digital-skills": "NEED_HELP" }).filter(([id]) => !["phone", "digital-access", "contact-methods"].includes(id)),
);

test("a person with no phone number and no e-mail completes and sends the file, reached by letter", async ({ page, request }) => {
  await aDraftOnThisDevice(page, request, "fr", beforePhone);
  await expect(page.getByRole("heading", { level: 1, name: questionLabel("fr", question("phone")) })).toBeVisible();
  await page.getByRole("checkbox", { name: q("fr", noneKey(question("phone"))) }).check();
  await expect(page.getByRole("textbox", { name: questionLabel("fr", question("phone")) })).toBeHidden();
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await page.waitForURL(/\/questions\/email$/);
  await page.getByRole("checkbox", { name: q("fr", noneKey(question("email"))) }).check();
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await page.waitForURL((url) => !url.pathname.endsWith("/questions/email"));

  // Digital access starts with what she said: online procedures are hard, no e-mail address. She can change it.
  await answerUntil(page, "fr", rest, "digital-access");
  await expect(page.getByText(text("fr", "redundantEntry.prefilled"))).toBeVisible();
  const access = page.getByRole("group", { name: questionLabel("fr", question("digital-access")) });
  await expect(access.getByRole("checkbox", { name: optionLabel("fr", question("digital-access"), "NO_EMAIL_ADDRESS"), exact: true })).toBeChecked();
  await expect(access.getByRole("checkbox", { name: optionLabel("fr", question("digital-access"), "ONLINE_PROCEDURES_DIFFICULT"), exact: true })).toBeChecked();
  await access.getByRole("checkbox", { name: optionLabel("fr", question("digital-access"), "TABLET"), exact: true }).check();
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await page.waitForURL((url) => !url.pathname.endsWith("/questions/digital-access"));

  // Only a letter can reach her: no SMS, no call, no e-mail offered, and the letter already ticked.
  await answerUntil(page, "fr", rest, "contact-methods");
  const contact = page.getByRole("group", { name: questionLabel("fr", question("contact-methods")) });
  await expect(contact.getByRole("checkbox")).toHaveCount(1);
  await expect(contact.getByRole("checkbox", { name: optionLabel("fr", question("contact-methods"), "LETTER"), exact: true })).toBeChecked();
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await page.waitForURL((url) => !url.pathname.endsWith("/questions/contact-methods"));

  while (!new URL(page.url()).pathname.endsWith("/check")) {
    const current = currentQuestion(page)!;
    await expect(page.getByRole("heading", { level: 1, name: questionLabel("fr", current) })).toBeVisible();
    const value = rest[current.id];
    if (value !== undefined) await answer(page, "fr", current, value);
    await page.getByRole("button", { name: text("fr", "continue") }).click();
    await page.waitForURL((url) => !url.pathname.endsWith(`/questions/${current.id}`));
  }
  await expect(page.getByText(q("fr", noneKey(question("phone"))))).toBeVisible();
  // Said at the e-mail and again in the digital access, where it was ticked for her.
  await expect(page.getByText(q("fr", noneKey(question("email"))), { exact: true })).toHaveCount(2);
  const sent = await chooseAgencyAndSend(page, "fr", paris11);
  expect(sent.status()).toBe(201);
  await expect(page.getByRole("heading", { level: 1, name: text("fr", "confirmation.title") })).toBeVisible();
});

test("what the person unticked in a list ticked for them stays unticked when they come back", async ({ page, request }) => {
  const skills = question("basic-skills");
  // Awa's file, but reading and writing are very hard for her and she speaks no French, which she chose to talk about;
  // the basic skills not answered yet.
  const file = Object.fromEntries(
    Object.entries({
      ...awa,
      "reading-writing": "GREAT_DIFFICULTY",
      "french-level": "NOT_AT_ALL",
      "difficulty-topics": [...(awa["difficulty-topics"] as string[]), "BASIC_SKILLS"],
    }).filter(([id]) => id !== "basic-skills"),
  );
  await aDraftOnThisDevice(page, request, "fr", file);
  await page.goto("/fr/questions/basic-skills");
  const group = page.getByRole("group", { name: questionLabel("fr", skills) });
  const ticked = ["WRITING", "READING", "SPOKEN_FRENCH"].map((code) => group.getByRole("checkbox", { name: optionLabel("fr", skills, code), exact: true }));
  await expect(page.getByText(text("fr", "redundantEntry.prefilled"))).toBeVisible();
  for (const box of ticked) await expect(box).toBeChecked();
  for (const box of ticked) await box.uncheck();
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await page.waitForURL((url) => !url.pathname.endsWith("/questions/basic-skills"));

  await page.getByRole("link", { name: text("fr", "back") }).click();
  await page.waitForURL(/\/questions\/basic-skills$/);
  await expect(page.getByRole("heading", { level: 1, name: questionLabel("fr", skills) })).toBeVisible();
  // Enabled: the form drawn from the draft, not the page's disabled fallback.
  await expect(ticked[0]!).toBeEnabled();
  for (const box of ticked) await expect(box).not.toBeChecked();
  await expect(page.getByText(text("fr", "redundantEntry.prefilled"))).toBeHidden();
  // Kept in the draft on the device, not only in the page.
  await page.reload();
  await expect(ticked[0]!).toBeEnabled();
  for (const box of ticked) await expect(box).not.toBeChecked();

  // The answer history says the question was left empty, not a blank line.
  await page.goto("/fr/history");
  const line = page.getByRole("main").getByRole("listitem").filter({ hasText: questionLabel("fr", skills) });
  await expect(line).toHaveCount(1);
  await expect(line.getByText(text("fr", "history.leftEmpty"), { exact: true })).toBeVisible();
});
