// Follow-ups asked on their question's screen (issue 14): revealed under the answer that opens them, hidden again
// when it is unticked without losing what was typed, checked with the screen's Continue, and each listed on the check
// page with a change link to the screen that asks it.
import { expect, test } from "@playwright/test";
import { questionnaire } from "@/lib/questionnaire/definition";
import { findQuestion } from "@/lib/questionnaire/engine";
import { errorParams } from "@/lib/questionnaire/errors";
import { awa } from "@/tests/fixtures/people";
import { aDraftOnThisDevice } from "./support/drafts";
import { err, optionLabel, questionLabel, text } from "./support/texts";

const question = (id: string) => findQuestion(questionnaire, id)!;
/** Awa's file up to what can make things harder: the interview's screens are still to answer. */
const UP_TO_THE_INTERVIEW = Object.fromEntries(Object.entries(awa).filter(([id]) => question(id).section !== "interview"));

test("a follow-up opens under the answer that asks it, keeps what was typed, and is checked with its screen", async ({ page, request }) => {
  await aDraftOnThisDevice(page, request, "fr", UP_TO_THE_INTERVIEW);
  await page.waitForURL(/\/fr\/questions\/contact-methods$/);
  const methods = page.getByRole("group", { name: questionLabel("fr", question("contact-methods")) });
  const times = page.getByRole("group", { name: questionLabel("fr", question("contact-times")) });
  const method = (code: string) => methods.getByRole("checkbox", { name: optionLabel("fr", question("contact-methods"), code), exact: true });
  const morning = times.getByRole("checkbox", { name: optionLabel("fr", question("contact-times"), "MORNING"), exact: true });
  await expect(page.getByRole("button", { name: text("fr", "continue") })).toBeEnabled();

  // The times to call are asked only for a call or an SMS, on this screen.
  await expect(times).toHaveCount(0);
  await method("SMS").check();
  await expect(times).toBeVisible();
  await morning.check();
  await method("SMS").uncheck();
  await expect(times).toHaveCount(0);
  await method("PHONE_CALL").check();
  await expect(morning).toBeChecked();
  await method("LETTER").check();
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await page.waitForURL(/\/fr\/questions\/interview-support$/);

  // What to adapt is asked under "something to adapt for me", and its error joins the screen's summary.
  const support = page.getByRole("group", { name: questionLabel("fr", question("interview-support")) });
  const adaptation = page.getByRole("textbox", { name: questionLabel("fr", question("accessibility-needs")) });
  await expect(adaptation).toHaveCount(0);
  await support.getByRole("checkbox", { name: optionLabel("fr", question("interview-support"), "ADAPTATION"), exact: true }).check();
  const tooLong = "Une salle au rez-de-chaussée. ".repeat(40);
  await adaptation.fill(tooLong);
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  const summary = page.getByRole("region", { name: text("fr", "errorSummary.title") });
  const problem = err("fr", "text.tooLong", errorParams(question("accessibility-needs"), "text.tooLong"));
  await expect(summary.getByRole("link", { name: problem })).toBeVisible();
  await expect(page).toHaveURL(/\/fr\/questions\/interview-support$/);
  // The summary's link takes the person to the box; what was typed is still there.
  await summary.getByRole("link", { name: problem }).click();
  await expect(adaptation).toBeFocused();
  await expect(adaptation).toHaveValue(tooLong);
  await adaptation.fill("Une salle au rez-de-chaussée, je marche avec une canne.");
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await page.waitForURL(/\/fr\/questions\/message-to-counsellor$/);
  await page.getByRole("button", { name: text("fr", "continue") }).click();
  await page.waitForURL(/\/fr\/check$/);

  // Each follow-up has its row on the check page; its change link opens the screen that asks it.
  await expect(page.getByText(optionLabel("fr", question("contact-times"), "MORNING"), { exact: true })).toBeVisible();
  await expect(page.getByText("Une salle au rez-de-chaussée, je marche avec une canne.", { exact: true })).toBeVisible();
  await page.getByRole("link", { name: `${text("fr", "check.change")} ${text("fr", "check.changeHidden", { question: questionLabel("fr", question("contact-times")) })}` }).click();
  await page.waitForURL(/\/fr\/questions\/contact-methods\?return=check$/);
  await expect(morning).toBeChecked();
});
