// The recap's print check, called by the agency e2e once a counsellor has the file open: the longest path of the
// questionnaire prints on at most two A4 pages, with the reference and no button, link or navigation on paper.
import { expect, type Page } from "@playwright/test";
import type { AnswerValue } from "@/lib/questionnaire/types";

const long = (s: string, n: number) => `${s} `.repeat(Math.ceil(n / (s.length + 1))).slice(0, n).trim();

/**
 * Every branch open (last contract, other difficulty), every multiple choice at its fullest, ten
 * past jobs, three jobs wanted, ten needs and ten strengths, every topic of what makes things harder, and long free text: the heaviest file a person can send.
 */
export const longestPath: Record<string, AnswerValue> = {
  "filling-mode": "WITH_HELP",
  "first-name": "Marie-Christine",
  "last-name": "Abdelkader-Fontaine",
  "birth-date": { day: "27", month: "3", year: "1970" },
  address: "Résidence Les Tilleuls, bâtiment C, escalier 4, appartement 127\n12 boulevard de la République prolongée\n93300 Aubervilliers",
  phone: "+33 6 12 34 56 78",
  email: "marie.christine.abdelkader-fontaine@example.org",
  "social-security-number": "2 70 03 75 123 456 78",
  "current-activity": "WORKING_PART_TIME",
  "time-without-work": "2_TO_5_YEARS",
  "last-contract-end": { month: "6", year: "2023" },
  "last-contract-reason": "MUTUAL_TERMINATION",
  availability: "PART_TIME",
  benefits: ["RSA", "ARE", "ASS"],
  "disability-status": "IN_PROGRESS",
  "education-level": "NV3",
  diplomas: long("BTS assistante de gestion PME-PMI, 1992 ; CAP petite enfance, 2005 ; certificat de compétences en langue arabe ; permis CACES R489 catégorie 3 obtenu en 2019 à Saint-Denis", 400),
  "past-jobs": { jobs: [{ rome: "K2204" }, { rome: "J1501" }, { rome: "N1103" }, { text: "Vendeuse sur les marchés de Seine-Saint-Denis le week-end" }, { text: "Garde d'enfants à domicile pour plusieurs familles" }, { rome: "G1603" }, { text: "Agent de restauration collective en cantine scolaire" }, { text: "Aide à domicile auprès de personnes âgées" }, { text: "Caissière en supermarché" }, { text: "Secrétaire médicale intérimaire" }], unsure: false },
  languages: ["FR", "AR", "EN", "ES", "PT", "RO", "TR", "UK", "RU", "OTHER"],
  "french-level": "EVERYDAY",
  "reading-writing": "SOME_DIFFICULTY",
  "digital-skills": "NEED_HELP",
  "jobs-wanted": { jobs: [{ rome: "J1501" }, { rome: "K2204" }, { text: "Accompagnante éducative et sociale en établissement" }], unsure: false },
  "job-certainty": "FAIRLY_SURE",
  "contract-types": ["CDI", "CDD", "TEMP_WORK", "SEASONAL", "SELF_EMPLOYED", "PROFESSIONALISATION", "APPRENTICESHIP", "UMBRELLA_COMPANY"],
  "working-time": "EITHER",
  "travel-time": "90",
  "minimum-pay": "12,50",
  "hours-unavailable": ["EARLY_MORNING", "EVENING", "NIGHT", "WEEKEND"],
  cv: "OLD",
  "help-needs": Object.fromEntries(
    ["N1", "N2", "N3", "N4", "N5", "N6", "N8", "N9", "N10", "N11", "N12", "N13", "N14", "N15", "N16", "N17", "N18", "N19", "N20", "N21"].map((code, i) => [
      code,
      i < 10 ? "NEED" : "STRENGTH",
    ]),
  ),
  "difficulty-topics": ["MOBILITY", "FAMILY", "HEALTH", "BASIC_SKILLS", "HOUSING", "MONEY", "PAPERS", "DIGITAL", "LANGUAGE", "OTHER"],
  "driving-licence": "FOREIGN_LICENCE",
  transport: ["CAR", "MOTORBIKE_SCOOTER", "PUBLIC_TRANSPORT", "BIKE", "CAR_POOLING", "WALKING", "HEALTH_NO_DRIVING"],
  family: ["CHILD_WITH_DISABILITY", "HOUR_CONSTRAINTS", "CARING_FOR_RELATIVE", "CHILD_UNDER_3_NO_CHILDCARE", "EXPECTING_CHILD", "OTHER"],
  health: ["NON_ABORDEE"],
  "basic-skills": ["WRITING", "READING", "SPOKEN_FRENCH", "ARITHMETIC"],
  "housing-situation": "NON_ABORDEE",
  "housing-difficulties": ["NON_ABORDEE"],
  money: ["NO_INCOME", "INCOME_DROPPED", "BUDGET_DIFFICULTY", "OVER_INDEBTEDNESS", "NEEDS_FOOD_AID", "PRECARIOUS_INCOME"],
  papers: ["ADMINISTRATIVE_PROCEDURE", "ACCESS_TO_RIGHTS", "LEGAL_DIFFICULTIES", "NO_IDENTITY_DOCUMENT", "NO_TAX_NOTICE"],
  "digital-access": ["COMPUTER", "SMARTPHONE", "TABLET", "NO_CONNECTION", "NO_EMAIL_ADDRESS", "ONLINE_PROCEDURES_DIFFICULT"],
  "language-needs": ["FRENCH_AS_FOREIGN_LANGUAGE", "NEEDS_INTERPRETER"],
  "other-difficulties-details": long("Je m'occupe seule de ma mère qui vit à Marseille et je dois parfois partir plusieurs jours sans prévenir longtemps à l'avance.", 500),
  "contact-methods": ["SMS", "PHONE_CALL", "LETTER", "EMAIL"],
  "contact-times": ["MORNING", "LUNCHTIME", "AFTERNOON", "EVENING"],
  "interview-support": ["INTERPRETER", "SOMEONE_WITH_ME", "ADAPTATION"],
  "accessibility-needs": long("Je me déplace avec une canne : un rendez-vous au rez-de-chaussée serait plus simple, et une chaise pour attendre.", 300),
  "message-to-counsellor": long("أريد أن أعمل في المساء فقط لأنني أعتني بأطفالي في الصباح. لدي خبرة طويلة في التنظيف والرعاية، وأبحث عن عمل ثابت قريب من منزلي.", 1000),
};

/** Margins a counsellor's browser uses by default; tighter ones would hide an overflow. */
const A4 = { format: "A4", margin: { top: "12mm", bottom: "12mm", left: "12mm", right: "12mm" } } as const;

/** Checks the recap open on `page` as it prints. Measured on the longest path: 2 pages in each of the 8 languages. */
export async function expectRecapPrintsOnTwoPages(page: Page, reference: string) {
  await page.emulateMedia({ media: "print" });
  // innerText follows the print styles: what is hidden on paper is absent from it.
  const printed = await page.evaluate(() => document.body.innerText);
  expect(printed).toContain(reference);
  for (const role of ["button", "link", "navigation"] as const) {
    const visible = await page.getByRole(role).evaluateAll((nodes) => nodes.filter((n) => (n as HTMLElement).offsetParent !== null).length);
    expect(visible, `${role} on paper`).toBe(0);
  }
  const pdf = await page.pdf({ ...A4, printBackground: false });
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(2);
  await page.emulateMedia({ media: "screen" });
}
