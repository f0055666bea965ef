// A person chooses their agency and sends the file; the sent state shows everywhere; their copy reads and prints
// cleanly; a correction sends version 2; a failed send says why and keeps what was chosen.
import { inflateSync } from "node:zlib";
import { expect, test, type Page } from "@playwright/test";
import { sentDay } from "@/components/myFile/sentFormat";
import { questionnaire } from "@/lib/questionnaire/definition";
import { findQuestion } from "@/lib/questionnaire/engine";
import { sentResponse } from "@/lib/submissions/protocol";
import { paris11 } from "@/tests/fixtures/agencies";
import { aCompleteFile } from "@/tests/fixtures/answers";
import { awa } from "@/tests/fixtures/people";
import { aDraftOnThisDevice, resumeOnThisDevice } from "./support/drafts";
import { agencyOption, chooseAgencyAndSend, readResumeCode } from "./support/journey";
import { err, q, questionLabel, text } from "./support/texts";

/** Every branch open, many options ticked, and something typed in every free text: the longest file to print. */
const longest = aCompleteFile({
  ...awa,
  email: "awa.diallo@example.org",
  "social-security-number": "2 90 03 75 123 456 78",
  "disability-status": "IN_PROGRESS",
  benefits: ["ARE", "RSA"],
  diplomas: "CAP Employé de vente spécialisé (2008). Certificat en hygiène alimentaire (2019).",
  "past-jobs": { jobs: [{ rome: "G1603" }, { text: "Vendeuse au marché" }, { text: "Aide à domicile auprès de personnes âgées" }], unsure: false },
  languages: ["FR", "AR", "EN", "ES"],
  "jobs-wanted": { jobs: [{ rome: "K2204" }, { rome: "G1603" }, { text: "Employée de libre-service" }], unsure: false },
  "contract-types": ["CDI", "CDD", "TEMP_WORK", "SEASONAL"],
  "hours-unavailable": ["NIGHT", "WEEKEND"],
  "help-needs": { N1: "STRENGTH", N2: "NEED", N3: "NEED", N4: "STRENGTH", N5: "STRENGTH", N9: "NEED", N15: "NEED" },
  "difficulty-topics": ["MOBILITY", "FAMILY", "HEALTH", "BASIC_SKILLS", "HOUSING", "MONEY", "PAPERS", "DIGITAL", "LANGUAGE", "OTHER"],
  transport: ["CAR", "MOTORBIKE_SCOOTER", "PUBLIC_TRANSPORT", "BIKE", "WALKING"],
  family: ["HOUR_CONSTRAINTS", "CARING_FOR_RELATIVE"],
  health: ["RULES_OUT_SOME_JOBS", "REGULAR_ABSENCES"],
  "basic-skills": ["WRITING", "ARITHMETIC"],
  "housing-difficulties": ["RENT_DIFFICULTY", "MUST_LEAVE_HOME"],
  money: ["INCOME_DROPPED", "BUDGET_DIFFICULTY"],
  papers: ["ADMINISTRATIVE_PROCEDURE", "NO_TAX_NOTICE"],
  "digital-access": ["SMARTPHONE", "NO_EMAIL_ADDRESS", "ONLINE_PROCEDURES_DIFFICULT"],
  "language-needs": ["FRENCH_AS_FOREIGN_LANGUAGE"],
  "other-difficulties-details": "Je m'occupe de ma mère malade deux après-midi par semaine, le mardi et le jeudi.",
  "contact-methods": ["SMS", "PHONE_CALL", "EMAIL"],
  "contact-times": ["MORNING", "AFTERNOON"],
  "interview-support": ["INTERPRETER", "SOMEONE_WITH_ME", "ADAPTATION"],
  "accessibility-needs": "J'entends mal d'une oreille : merci de parler face à moi, lentement.",
  "message-to-counsellor":
    "Je voudrais travailler le matin, parce que je garde ma mère l'après-midi. J'ai déjà travaillé en caisse et sur les marchés. " +
    "Je cherche une formation courte pour le nettoyage ou la vente, et j'aimerais de l'aide pour écrire mon CV.",
});

/**
 * The pages and the text of a PDF printed by Chromium (Skia writes Type0 fonts, each with a ToUnicode map, and
 * deflated streams): enough to say what a person would read on paper, without a PDF library.
 */
function readPdf(pdf: Buffer): { pages: number; text: string } {
  const raw = pdf.toString("latin1");
  const objects = new Map<string, { dict: string; stream?: string }>();
  for (const m of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = m[2]!;
    const at = body.search(/stream\r?\n/);
    if (at < 0) {
      objects.set(m[1]!, { dict: body });
      continue;
    }
    const dict = body.slice(0, at);
    let bytes = Buffer.from(body.slice(body.indexOf("\n", at) + 1, body.lastIndexOf("endstream")), "latin1");
    if (/FlateDecode/.test(dict)) bytes = inflateSync(bytes, { finishFlush: 2 });
    objects.set(m[1]!, { dict, stream: bytes.toString("latin1") });
  }
  const deref = (s: string) => (/^\s*(\d+) 0 R/.exec(s)?.[1] ? (objects.get(/^\s*(\d+) 0 R/.exec(s)![1]!)?.dict ?? "") : s);
  const cmaps = new Map<string, Map<string, string>>();
  const cmapOf = (fontId: string) => {
    if (!cmaps.has(fontId)) {
      const map = new Map<string, string>();
      const cmap = objects.get(/\/ToUnicode (\d+) 0 R/.exec(objects.get(fontId)?.dict ?? "")?.[1] ?? "")?.stream ?? "";
      const hex = (h: string) => String.fromCodePoint(...(h.match(/.{4}/g) ?? []).map((c) => parseInt(c, 16)));
      for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
        for (const p of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(p[1]!.toUpperCase(), hex(p[2]!));
      }
      for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
        for (const r of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
          const [from, to, start] = [parseInt(r[1]!, 16), parseInt(r[2]!, 16), parseInt(r[3]!, 16)];
          for (let c = from; c <= to; c += 1) map.set(c.toString(16).toUpperCase().padStart(r[1]!.length, "0"), String.fromCodePoint(start + c - from));
        }
      }
      cmaps.set(fontId, map);
    }
    return cmaps.get(fontId)!;
  };
  const pageDicts = [...objects.values()].filter((o) => /\/Type\s*\/Page(?!s)/.test(o.dict));
  let text = "";
  for (const page of pageDicts) {
    const resources = deref(/\/Resources\s*(\d+ 0 R|<<[\s\S]*>>)/.exec(page.dict)?.[1] ?? "");
    const fontDict = deref(/\/Font\s*(\d+ 0 R|<<[^>]*>>)/.exec(resources)?.[1] ?? "");
    const fonts = new Map([...fontDict.matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)].map((f) => [f[1]!, f[2]!]));
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page.dict)?.[1] ?? "";
    for (const ref of contents.matchAll(/(\d+) 0 R/g)) {
      let map = new Map<string, string>();
      const ops = objects.get(ref[1]!)?.stream ?? "";
      for (const token of ops.matchAll(/\/([\w.+-]+)\s+[\d.]+\s+Tf|(\[[^\]]*\]\s*TJ|<[0-9A-Fa-f]*>\s*Tj)|\b(BT|Td|TD|Tm|T\*)\b/g)) {
        if (token[1]) map = cmapOf(fonts.get(token[1]) ?? "");
        else if (token[2]) for (const h of token[2].matchAll(/<([0-9A-Fa-f]*)>/g)) text += (h[1]!.match(/.{4}/g) ?? []).map((c) => map.get(c.toUpperCase()) ?? "").join("");
        else text += " ";
      }
    }
    text += "\n";
  }
  return { pages: pageDicts.length, text };
}

const squeeze = (s: string) => s.replace(/\s+/g, "");

/** `link`: the screen leads to the person's copy (every screen but the copy itself). */
async function expectSentState(page: Page, lang: string, sent: { sentAt: string; version: number }, link = true) {
  const params = { date: sentDay(sent.sentAt, lang), agency: paris11.name, version: sent.version };
  await expect(page.getByText(text(lang, sent.version > 1 ? "sent.noticeCorrected" : "sent.notice", params))).toBeVisible();
  if (link) await expect(page.getByRole("link", { name: text(lang, "sent.seeMyFile") })).toBeVisible();
  await expect(page.getByRole("button", { name: text(lang, "check.send") })).toHaveCount(0);
}

test("a job seeker sends the longest file, keeps a clean printed copy, and sends a corrected version 2", async ({ page, browser, request }) => {
  test.setTimeout(180_000);
  const lang = "fr";
  // The longest file is on the phone already (walking every branch is complete-file.spec.ts).
  await aDraftOnThisDevice(page, request, lang, longest);
  await page.waitForURL(/\/check$/);

  // Sent without an agency nor consent: both are named at the top, linked, and in the title.
  await page.getByRole("button", { name: text(lang, "check.send") }).click();
  const summary = page.getByRole("heading", { name: text(lang, "errorSummary.title") });
  await expect(summary).toBeVisible();
  await expect(page.getByRole("link", { name: text(lang, "send.errors.agency") })).toBeVisible();
  await expect(page.getByRole("link", { name: err(lang, "consent.required") })).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(`^${text(lang, "errorTitlePrefix")}`));

  const response = await chooseAgencyAndSend(page, lang, paris11);
  expect(response.status()).toBe(201);
  const first = sentResponse.parse(await response.json());
  expect(first.version).toBe(1);

  // The confirmation: the reference (left to right in every language), where the file went and when.
  await expect(page.getByRole("heading", { level: 1, name: text(lang, "confirmation.title") })).toBeVisible();
  await expect(page.getByText(first.reference, { exact: true })).toHaveAttribute("dir", "ltr");
  await expectSentState(page, lang, first);
  await expect(page.getByText(text(lang, "confirmation.bring.bank"))).toBeVisible();

  // Start and check pages say it was sent, and nothing offers to send again.
  await page.goto(`/${lang}`);
  await expectSentState(page, lang, first);
  await expect(page.getByRole("link", { name: text(lang, "start.resumeButton"), exact: true })).toHaveCount(0);
  await page.goto(`/${lang}/check`);
  await expectSentState(page, lang, first);
  await expect(page.getByRole("link", { name: new RegExp(`^${text(lang, "check.change")}`) })).toHaveCount(0);

  // The person's copy.
  await page.getByRole("link", { name: text(lang, "sent.seeMyFile") }).click();
  await expect(page.getByRole("heading", { level: 1, name: text(lang, "myFile.title") })).toBeVisible();
  await expect(page.getByText(first.reference, { exact: true })).toBeVisible();
  await expect(page.getByText(text(lang, "myFile.notRead"))).toBeVisible();
  await expect(page.getByRole("heading", { name: q(lang, "sections.difficulties") })).toBeVisible();
  await expect(page.getByText(longest["message-to-counsellor"] as string)).toBeVisible();
  await expect(page.getByRole("heading", { name: text(lang, "confirmation.bringTitle") })).toBeVisible();

  // Printed: at most 3 A4 pages, the reference and the answers by section, no button, link or navigation.
  const printed = readPdf(await page.pdf({ format: "A4", printBackground: false }));
  expect(printed.pages, "A4 pages of the longest file").toBeLessThanOrEqual(3);
  const paper = squeeze(printed.text);
  expect(paper).toContain(squeeze(first.reference));
  for (const section of ["sections.me", "sections.job-wanted", "sections.interview"]) expect(paper).toContain(squeeze(q(lang, section)));
  expect(paper).toContain(squeeze(questionLabel(lang, findQuestion(questionnaire, "message-to-counsellor")!)));
  for (const label of [text(lang, "myFile.print"), text(lang, "sent.correct"), text(lang, "myFile.backToStart"), text(lang, "help.link"), text(lang, "check.change")]) {
    expect(paper, `"${label}" on paper`).not.toContain(squeeze(label));
  }

  // Another device, with the resume code, opens the copy rather than the questions.
  const code = await readResumeCode(page, lang);
  const other = await browser.newContext();
  const phone = await other.newPage();
  await resumeOnThisDevice(phone, lang, code);
  await expect(phone.getByRole("heading", { level: 1, name: text(lang, "myFile.title") })).toBeVisible();
  await expect(phone.getByText(first.reference, { exact: true })).toBeVisible();
  await phone.goto(`/${lang}`);
  await expectSentState(phone, lang, first);
  await other.close();

  // "Correct my file" re-opens it: one answer changed, then the corrected file is sent as version 2.
  await page.goto(`/${lang}/my-file`);
  await page.getByRole("button", { name: text(lang, "sent.correct") }).click();
  await page.waitForURL(/\/check$/);
  const travel = findQuestion(questionnaire, "travel-time")!;
  await page.getByRole("link", { name: `${text(lang, "check.change")} ${text(lang, "check.changeHidden", { question: questionLabel(lang, travel) })}` }).click();
  await page.getByRole("textbox", { name: questionLabel(lang, travel) }).fill("30");
  await page.getByRole("button", { name: text(lang, "continue") }).click();
  await page.waitForURL(/\/check$/);
  await expect(page.getByRole("radio", { name: agencyOption(lang, paris11), exact: true })).toBeChecked();
  const again = await chooseAgencyAndSend(page, lang, paris11, text(lang, "send.sendCorrected"));
  expect(again.status()).toBe(201);
  const second = sentResponse.parse(await again.json());
  expect(second).toMatchObject({ reference: first.reference, version: 2 });
  await expectSentState(page, lang, second);
  await page.getByRole("link", { name: text(lang, "sent.seeMyFile") }).click();
  await expect(page.getByRole("heading", { level: 1, name: text(lang, "myFile.title") })).toBeVisible();
  await expectSentState(page, lang, second, false);
  await expect(page.getByText(`30 ${q(lang, "questions.travel-time.unit")}`)).toBeVisible();
});

test("at a kiosk with its agency preset, a send that fails says why, keeps the agency, and succeeds once the problem is gone", async ({ page, context, request }) => {
  const lang = "ar";
  // Agency staff give the kiosk its own agency once.
  await page.goto(`/${lang}/kiosk`);
  await page.getByRole("textbox", { name: text(lang, "send.agency.searchLabel") }).fill("750");
  await page.getByRole("radio", { name: agencyOption(lang, paris11), exact: true }).check();
  await page.getByRole("button", { name: text(lang, "kiosk.agency.save") }).click();
  await expect(page.getByText(text(lang, "kiosk.agency.current", { name: paris11.name, postcode: paris11.postcode, town: paris11.town }))).toBeVisible();

  await aDraftOnThisDevice(page, request, lang, awa);
  await page.waitForURL(/\/check$/);

  // The kiosk's agency is already chosen, and says so.
  const agency = page.getByRole("radio", { name: agencyOption(lang, paris11), exact: true });
  await expect(agency).toBeChecked();
  await expect(page.getByText(text(lang, "send.agency.kioskHint"))).toBeVisible();
  await page.getByRole("checkbox", { name: text(lang, "check.consent") }).check();
  const send = page.getByRole("button", { name: text(lang, "check.send"), exact: true });

  // No connection: said plainly, nothing lost.
  await context.setOffline(true);
  await send.click();
  await expect(page.getByRole("link", { name: text(lang, "send.errors.offline") })).toBeVisible();
  await expect(agency).toBeChecked();
  await context.setOffline(false);

  // The server names an answer it refuses: listed, linked to that answer's change link.
  await page.route(/\/submission$/, (route) =>
    route.fulfill({ status: 422, contentType: "application/json", body: JSON.stringify({ error: "invalid-answers", problems: [{ question: "phone", error: "text.phone" }] }) }),
  );
  await send.click();
  const phone = findQuestion(questionnaire, "phone")!;
  const problem = page.getByRole("link", { name: text(lang, "send.errors.answer", { question: questionLabel(lang, phone), error: err(lang, "text.phone") }) });
  await expect(problem).toBeVisible();
  await problem.click();
  await expect(page.getByRole("link", { name: `${text(lang, "check.change")} ${text(lang, "check.changeHidden", { question: questionLabel(lang, phone) })}` })).toBeFocused();
  await page.unroute(/\/submission$/);

  // A stale revision (another device changed an answer) is synced and sent again once, without the person.
  let refused = false;
  await page.route(/\/submission$/, async (route) => {
    if (refused || route.request().method() !== "POST") return route.continue();
    refused = true;
    await route.fulfill({ status: 409, contentType: "application/json", body: JSON.stringify({ error: "stale-revision", revision: 0 }) });
  });
  await expect(agency).toBeChecked();
  await send.click();
  await expect(page.getByRole("heading", { level: 1, name: text(lang, "confirmation.title") })).toBeVisible();
  expect(refused).toBe(true);
  await expect(page.getByText(/^RLS-[0-9A-Z]{4}-[0-9A-Z]{4}$/)).toHaveAttribute("dir", "ltr");
});
