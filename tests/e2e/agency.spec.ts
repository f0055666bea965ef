// The agency's side: a person sends a file in Arabic; a counsellor of the chosen agency accepts an invitation with
// a passkey (Chromium's virtual authenticator), signs in, finds the file in the inbox and opens the recap in French;
// a counsellor of another agency gets 404 for the same reference; once the person deletes it, only a tombstone stays.
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { aCompleteFile } from "@/tests/fixtures/answers";
import { lyon3Counsellor, paris11Admin, paris11Counsellor, type SeededInvitation } from "@/tests/fixtures/staff";
import { expectNoAxeViolations } from "./support/axe";
import { aDraftOnTheServer, resumeOnThisDevice } from "./support/drafts";
import { expectRecapPrintsOnTwoPages, longestPath } from "./support/recapPrint";
import { text } from "./support/texts";

const staff = (key: string, params: Record<string, string | number> = {}) => text("fr", key, params, "staff");
// A name no other spec sends to the same agency: the inbox is shared by the whole suite.
const NAME = "Awa Kanté";
const MESSAGE = "أبحث عن عمل قريب من المنزل، وأحتاج إلى مساعدة في كتابة السيرة الذاتية.";

/** Sends a complete file through the API, as the person's device does, and returns its reference. */
async function aSentFile(
  request: APIRequestContext,
  answers = aCompleteFile({ "first-name": "Awa", "last-name": "Kanté", address: "NO_STABLE_ADDRESS", "message-to-counsellor": MESSAGE, "education-level": "NV4" }),
) {
  const { draftId, token, resumeCode, revision } = await aDraftOnTheServer(request, answers);
  const headers = { Authorization: `Bearer ${token}` };
  const sent = await request.post(`/api/v1/drafts/${draftId}/submission`, { data: { revision, agencyId: "paris-11", lang: "ar", consent: true }, headers });
  expect(sent.status()).toBe(201);
  return { reference: ((await sent.json()) as { reference: string }).reference, resumeCode };
}

/**
 * A counsellor's browser on http://localhost: WebAuthn refuses IP addresses as relying party ids, and the server
 * follows a loopback Host (see lib/server/staffPasskeys.ts), so the same server answers on both names.
 */
async function aCounsellorDevice(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseURL.replace("127.0.0.1", "localhost"), locale: "fr-FR" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
  });
  return page;
}

async function acceptInvitation(page: Page, invitation: SeededInvitation) {
  await page.goto(`/fr/agency/invitation#token=${invitation.token}`);
  await page.getByRole("button", { name: staff("invitation.button") }).click();
  await expect(page.getByRole("heading", { level: 1, name: staff("inbox.title") })).toBeVisible();
  // The used token does not stay in the address bar or the history.
  expect(page.url()).not.toContain(invitation.token);
}

test("a counsellor accepts an invitation with a passkey, finds the file sent in Arabic and reads its recap; another agency gets 404", async ({ browser, request, baseURL }) => {
  const { reference, resumeCode } = await aSentFile(request);
  const page = await aCounsellorDevice(browser, baseURL!);

  // Signed out, the inbox sends staff to the sign-in page.
  await page.goto("/fr/agency");
  await expect(page.getByRole("heading", { level: 1, name: staff("signIn.title") })).toBeVisible();
  await expectNoAxeViolations(page, "staff sign-in");

  await acceptInvitation(page, paris11Counsellor);
  await expect(page.getByText(staff("nav.signedInAs", { name: paris11Counsellor.name, agency: "France Travail Paris 11e" }))).toBeVisible();

  // Signing out and in again with the same passkey, no name typed.
  await page.getByRole("button", { name: staff("nav.signOut") }).click();
  await expect(page.getByRole("status").filter({ hasText: staff("signIn.signedOut") })).toBeVisible();
  await page.getByRole("button", { name: staff("signIn.button") }).click();
  await expect(page.getByRole("heading", { level: 1, name: staff("inbox.title") })).toBeVisible();

  const inbox = await page.goto("/fr/agency");
  expect(inbox?.headers()["cache-control"]).toContain("no-store");
  const table = page.getByRole("table", { name: staff("inbox.caption", { agency: "France Travail Paris 11e" }) });
  const row = table.getByRole("row").filter({ has: page.getByRole("link", { name: NAME }) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(staff("inbox.new"));
  await expect(row).toContainText("arabe");
  await expectNoAxeViolations(page, "agency inbox");

  await row.getByRole("link", { name: NAME }).click();
  await expect(page).toHaveURL(new RegExp(`/fr/agency/files/${reference}$`));
  await expect(page.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
  await expect(page.getByText(reference)).toBeVisible();
  // The person's own words, exactly as typed, in Arabic.
  await expect(page.getByText(MESSAGE)).toBeVisible();
  // No stable address: DOMAIN.md's code, beside what the person ticked, where the address would be.
  const address = page.getByRole("definition").filter({ hasText: "NO_STABLE_ADDRESS" });
  await expect(address).toHaveCount(1);
  await expect(address).toContainText(text("fr", "questions.address.none", {}, "questionnaire"));
  await expectNoAxeViolations(page, "recap for the counsellor");

  // The heaviest file a person can send prints on two A4 pages, with its reference and nothing to click.
  const { reference: longest } = await aSentFile(request, longestPath);
  await page.goto(`/fr/agency/files/${longest}`);
  await expect(page.getByRole("heading", { level: 1, name: `${longestPath["first-name"] as string} ${longestPath["last-name"] as string}` })).toBeVisible();
  await expectRecapPrintsOnTwoPages(page, longest);

  // Opened once: the inbox now says "read".
  await page.getByRole("link", { name: staff("nav.inbox") }).click();
  await expect(page.getByRole("row").filter({ has: page.getByRole("link", { name: NAME }) })).toContainText(staff("inbox.read"));

  // The person, on another device with their resume code, sees who read their file.
  const person = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await resumeOnThisDevice(person, "fr", resumeCode);
  await person.waitForURL(/\/fr\/my-file$/);
  const readBy = text("fr", "myFile.readBy", { name: paris11Counsellor.name, role: text("fr", "myFile.readers.counsellor"), agency: "France Travail Paris 11e", date: "", time: "" });
  await expect(person.getByText(readBy.split(", le ")[0]!)).toBeVisible();

  // The recap read in Arabic (after the person's copy is checked: it would show a second reading): French terms in
  // the answers keep their language (language of parts).
  await page.goto(`/ar/agency/files/${reference}`);
  await expect(page.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
  const level = page.getByRole("definition").filter({ hasText: text("ar", "questions.education-level.options.NV4", {}, "questionnaire") });
  await expect(level.getByText("terminale", { exact: true })).toHaveAttribute("lang", "fr");
  // The recap's own names of fields and topics too ("RQTH").
  const rqth = page.getByRole("main").getByText("RQTH", { exact: true });
  await expect(rqth.first()).toBeVisible();
  for (const term of await rqth.all()) await expect(term).toHaveAttribute("lang", "fr");

  // A counsellor of Lyon 3 cannot tell this reference from one that does not exist.
  const lyon = await aCounsellorDevice(browser, baseURL!);
  await acceptInvitation(lyon, lyon3Counsellor);
  await expect(lyon.getByRole("link", { name: NAME })).toHaveCount(0);
  const foreign = await lyon.goto(`/fr/agency/files/${reference}`);
  expect(foreign?.status()).toBe(404);
  await expect(lyon.getByRole("heading", { level: 1, name: staff("notFound.title") })).toBeVisible();
  const unknown = await lyon.goto("/fr/agency/files/RLS-0000-0000");
  expect(unknown?.status()).toBe(404);

  // The invitation link is single use.
  await lyon.goto(`/fr/agency/invitation#token=${lyon3Counsellor.token}`);
  await lyon.getByRole("button", { name: staff("invitation.button") }).click();
  await expect(lyon.getByRole("link", { name: staff("errors.invalidInvitation") })).toBeVisible();

  // The person deletes the file: the counsellor sees that it was deleted, and when, and can no longer open it.
  await person.getByRole("button", { name: text("fr", "deletion.button") }).click();
  await person.getByRole("button", { name: text("fr", "deletion.confirm") }).click();
  await person.waitForURL(/\/fr\/deleted$/);
  await page.goto("/fr/agency");
  await expect(page.getByRole("link", { name: NAME })).toHaveCount(0);
  const deleted = page.getByRole("region", { name: staff("inbox.deletedTitle") });
  await expect(deleted.getByRole("listitem").filter({ hasText: reference })).toHaveCount(1);
  await expectNoAxeViolations(page, "agency inbox with a deleted file");
  expect((await page.goto(`/fr/agency/files/${reference}`))?.status()).toBe(404);
});

test("an administrator, in Arabic, invites a counsellor and creates an API key, each shown once, and revokes them", async ({ browser, baseURL }) => {
  const ar = (key: string, params: Record<string, string | number> = {}) => text("ar", key, params, "staff");
  const page = await aCounsellorDevice(browser, baseURL!);
  await page.goto(`/ar/agency/invitation#token=${paris11Admin.token}`);
  await page.getByRole("button", { name: ar("invitation.button") }).click();
  await expect(page.getByRole("heading", { level: 1, name: ar("inbox.title") })).toBeVisible();
  await page.getByRole("link", { name: ar("nav.admin") }).click();
  await expect(page.getByRole("heading", { level: 1, name: ar("admin.title") })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

  // An empty name: the error summary takes focus and links to the field.
  await page.getByRole("button", { name: ar("admin.invite.submit") }).click();
  await expect(page.locator(":focus")).toContainText(text("ar", "errorSummary.title"));
  await expect(page).toHaveTitle(new RegExp(`^${text("ar", "errorTitlePrefix")} `));
  await expect(page.getByRole("link", { name: ar("errors.nameRequired") })).toBeVisible();
  await expect(page.getByRole("textbox", { name: ar("admin.invite.name") })).toHaveAccessibleDescription(new RegExp(ar("errors.nameRequired").replace(/[.?]/g, "\\$&")));

  await page.getByRole("textbox", { name: ar("admin.invite.name") }).fill("Inès Roux");
  await page.getByRole("button", { name: ar("admin.invite.submit") }).click();
  const link = page.getByRole("textbox", { name: ar("admin.invite.url") });
  await expect(link).toHaveValue(/\/ar\/agency\/invitation#token=[A-Za-z0-9_-]{43}$/);
  const invitation = new URL(await link.inputValue());
  await expect(page.getByRole("row", { name: /Inès Roux/ })).toContainText(ar("admin.members.pending"));
  await expectNoAxeViolations(page, "agency administration (Arabic)");

  await page.getByRole("textbox", { name: ar("admin.keys.newName") }).fill("Logiciel agence");
  await page.getByRole("button", { name: ar("admin.keys.submit") }).click();
  await expect(page.getByRole("textbox", { name: ar("admin.keys.key") })).toHaveValue(/^rls_[A-Za-z0-9_-]{43}$/);
  await page.getByRole("button", { name: ar("admin.keys.revoke", { name: "Logiciel agence" }) }).click();
  await expect(page.getByRole("status").filter({ hasText: ar("admin.keys.revoked", { name: "Logiciel agence" }) })).toBeFocused();

  await page.getByRole("button", { name: ar("admin.members.revoke", { name: "Inès Roux" }) }).click();
  await expect(page.getByRole("status").filter({ hasText: ar("admin.members.revoked", { name: "Inès Roux" }) })).toBeFocused();
  await page.reload();
  await expect(page.getByRole("row", { name: /Inès Roux/ })).toHaveCount(0);
  // The revoked counsellor's link is dead.
  const invited = await aCounsellorDevice(browser, baseURL!);
  await invited.goto(invitation.pathname + invitation.hash);
  await invited.getByRole("button", { name: ar("invitation.button") }).click();
  await expect(invited.getByRole("link", { name: ar("errors.invalidInvitation") })).toBeVisible();
});
