// A person who cannot use a pointer completes and sends the whole file with the keyboard alone: Tab to move,
// arrows for radios, Space for checkboxes, Enter to press. Every control reached shows where the focus is.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { jobKey } from "@/lib/questionnaire/keys";
import type { Question } from "@/lib/questionnaire/types";
import { paris11 } from "@/tests/fixtures/agencies";
import { awa } from "@/tests/fixtures/people";
import { gridMarks, type Fillers } from "./support/fillers";
import { agencyOption, answerScreen, currentQuestion } from "./support/journey";
import { columnLabel, optionLabel, q, questionLabel, text } from "./support/texts";

const isFocused = (target: Locator) => target.evaluate((element) => element === document.activeElement);

/** Presses Tab until the target has the focus, then checks the focus can be seen. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 150; presses += 1) {
    if (await isFocused(target)) {
      const visible = await target.evaluate((element) => {
        const style = getComputedStyle(element);
        return (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
      });
      expect(visible, "the focus is visible").toBe(true);
      return;
    }
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function chooseRadio(page: Page, group: Locator, radio: Locator) {
  // Tab enters a radio group once; the arrows move within it and select.
  for (let presses = 0; presses < 150 && !(await group.evaluate((g) => g.contains(document.activeElement) && (document.activeElement as HTMLInputElement).type === "radio")); presses += 1) {
    await page.keyboard.press("Tab");
  }
  for (let presses = 0; presses < 20 && !(await isFocused(radio)); presses += 1) await page.keyboard.press("ArrowDown");
  // Tab focuses the first radio without choosing it; Space chooses the focused one.
  if (!(await radio.isChecked())) await page.keyboard.press("Space");
  await expect(radio).toBeChecked();
}

async function typeWithKeys(page: Page, lang: string, question: Question, value: string) {
  await tabTo(page, page.getByRole("textbox", { name: questionLabel(lang, question) }));
  await page.keyboard.type(value);
}

/** Each type of answer given with the keyboard alone. */
const byKeys: Fillers = {
  single: (page, lang, question, value) => {
    const group = page.getByRole("group", { name: questionLabel(lang, question) });
    return chooseRadio(page, group, group.getByRole("radio", { name: optionLabel(lang, question, value), exact: true }));
  },
  yesNo: (page, lang, question, value) => byKeys.single(page, lang, question, value),
  async multiple(page, lang, question, value) {
    const group = page.getByRole("group", { name: questionLabel(lang, question) });
    for (const code of value) {
      const box = group.getByRole("checkbox", { name: optionLabel(lang, question, code), exact: true });
      await tabTo(page, box);
      await page.keyboard.press("Space");
      await expect(box).toBeChecked();
    }
  },
  // Tab goes from one need to the next (each is a group of radios); the arrows choose within one.
  async grid(page, lang, question, marks) {
    const list = page.getByRole("group", { name: questionLabel(lang, question) });
    for (const [item, column] of gridMarks(question, marks)) {
      const group = list.getByRole("group", { name: optionLabel(lang, question, item), exact: true });
      await chooseRadio(page, group, group.getByRole("radio", { name: columnLabel(lang, question, column), exact: true }));
    }
  },
  text: typeWithKeys,
  number: typeWithKeys,
  async date(page, lang, question, date) {
    const group = page.getByRole("group", { name: questionLabel(lang, question) });
    const parts: Array<[string, string | undefined]> = [["day", date.day], ["month", date.month], ["year", date.year]];
    for (const [part, typed] of parts) {
      if (typed === undefined) continue;
      await tabTo(page, group.getByRole("textbox", { name: text(lang, `question.date.${part}`) }));
      await page.keyboard.type(typed);
    }
  },
  async jobSearch(page, lang, _question, value) {
    const search = page.getByRole("textbox", { name: text(lang, "question.jobSearch.inputLabel") });
    for (const job of value.jobs) {
      await tabTo(page, search);
      if ("rome" in job) {
        const name = q(lang, jobKey(job.rome));
        await page.keyboard.type(name.split(/\s+/)[0]!);
        await tabTo(page, page.getByRole("button", { name: text(lang, "question.jobSearch.add", { job: name }), exact: true }));
      } else {
        await page.keyboard.type(job.text);
        await tabTo(page, page.getByRole("button", { name: text(lang, "question.jobSearch.addTyped", { text: job.text }), exact: true }));
      }
      await page.keyboard.press("Enter");
    }
  },
};

for (const lang of ["fr", "ar"] as const) {
  test(`the whole file can be completed and sent with the keyboard alone in ${lang}`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.goto(`/${lang}`);
    // The first Tab reaches the skip link, which jumps over the header to the content.
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: text(lang, "skipLink") });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main")).toBeFocused();
    await tabTo(page, page.getByRole("link", { name: text(lang, "start.button") }));
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/questions\//);

    while (!new URL(page.url()).pathname.endsWith("/check")) {
      const question = currentQuestion(page);
      expect(question, `unexpected page ${page.url()}`).not.toBeNull();
      await expect(page.getByRole("heading", { level: 1, name: questionLabel(lang, question!) })).toBeFocused();
      // The screen's question, then each follow-up its answer opens, reached with Tab after the answer.
      await answerScreen(page, lang, question!, awa, {}, byKeys);
      await tabTo(page, page.getByRole("button", { name: text(lang, "continue") }));
      await page.keyboard.press("Enter");
      await page.waitForURL((url) => !url.pathname.endsWith(`/questions/${question!.id}`));
    }

    // The agency: typed into the search box, then chosen with the keyboard among the radios.
    const search = page.getByRole("textbox", { name: text(lang, "send.agency.searchLabel") });
    await tabTo(page, search);
    await page.keyboard.type("750");
    const agency = page.getByRole("radio", { name: agencyOption(lang, paris11), exact: true });
    await expect(agency).toBeVisible();
    await tabTo(page, agency);
    await page.keyboard.press("Space");
    await expect(agency).toBeChecked();
    const consent = page.getByRole("checkbox", { name: text(lang, "check.consent") });
    await tabTo(page, consent);
    await page.keyboard.press("Space");
    await expect(consent).toBeChecked();
    await tabTo(page, page.getByRole("button", { name: text(lang, "check.send") }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: text(lang, "confirmation.title") })).toBeVisible();
  });
}
