import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { questionnaire } from "./definition";
import { schemaFor } from "./schemas";

const today = () => new Date("2026-11-23T12:00:00Z");
const q = (id: string) => questionnaire.questions.find((question) => question.id === id)!;
const errorOf = (id: string, value: unknown) => {
  const result = schemaFor(q(id), { today }).safeParse(value);
  return result.success ? null : result.error.issues[0]!.message;
};

describe("answers are checked with plain-language error keys", () => {
  it("accepts French and international phone numbers, and explains a wrong one", () => {
    for (const ok of ["0612345678", "06 12 34 56 78", "06.12.34.56.78", "+33 6 12 34 56 78", "+216 20 123 456"]) assert.equal(errorOf("phone", ok), null, ok);
    assert.equal(errorOf("phone", "12345"), "text.phone");
    assert.equal(errorOf("phone", ""), "required.text");
    assert.equal(errorOf("phone", "   "), "required.text");
  });

  it("takes 'I have no phone number' and 'I have no e-mail' as answers, and no other word in place of a number", () => {
    assert.equal(errorOf("phone", "NO_PHONE"), null);
    assert.equal(errorOf("email", "NO_EMAIL"), null);
    assert.equal(errorOf("phone", "NO_EMAIL"), "text.phone");
    assert.equal(errorOf("email", "NO_PHONE"), "text.email");
    assert.equal(errorOf("phone", "NO_STABLE_ADDRESS"), "text.phone");
  });

  it("takes an address as typed, in any script and digits, or 'I have no stable address', and never nothing", () => {
    for (const ok of ["12 rue des Lilas\n75011 Paris", "١٢ شارع الزهور، 75011 Paris", "chez Mme Diallo, ２ place du Marché", "NO_STABLE_ADDRESS"]) {
      assert.equal(errorOf("address", ok), null, ok);
    }
    assert.equal(errorOf("address", ""), "required.text");
    assert.equal(errorOf("address", " \n "), "required.text");
    assert.equal(errorOf("address", undefined), "required.text");
    assert.equal(errorOf("address", "a".repeat(301)), "text.tooLong");
    assert.equal(errorOf("address", "12 rue\u0000des Lilas"), "text.unstorable");
    assert.equal(errorOf("address", ["NO_STABLE_ADDRESS"]), "choice.unknown");
    assert.equal(errorOf("address", 12), "choice.unknown");
  });

  it("lets optional text stay empty but checks its format when given", () => {
    assert.equal(errorOf("email", ""), null);
    assert.equal(errorOf("email", "awa@"), "text.email");
    assert.equal(errorOf("social-security-number", "1 84 12 76 451 089 46"), null);
    assert.equal(errorOf("social-security-number", "2 84 12 2A 451 089"), null);
    assert.equal(errorOf("social-security-number", "12345"), "text.socialSecurityNumber");
  });

  it("accepts names in every script and refuses digits", () => {
    for (const ok of ["Awa", "Jean-Pierre", "N'Diaye", "Żaneta", "فاطمة", "Олена"]) assert.equal(errorOf("first-name", ok), null, ok);
    assert.equal(errorOf("first-name", "R2D2"), "text.name");
    assert.equal(errorOf("first-name", "a".repeat(81)), "text.tooLong");
  });

  it("checks dates part by part, with real calendar days and sensible ranges", () => {
    assert.equal(errorOf("birth-date", { day: "27", month: "3", year: "1990" }), null);
    assert.equal(errorOf("birth-date", { day: "", month: "", year: "" }), "required.date");
    assert.equal(errorOf("birth-date", { day: "27", month: "", year: "1990" }), "date.missing.month");
    assert.equal(errorOf("birth-date", { day: "31", month: "2", year: "1990" }), "date.invalid");
    assert.equal(errorOf("birth-date", { day: "1", month: "1", year: "90" }), "date.missing.year");
    assert.equal(errorOf("birth-date", { day: "1", month: "1", year: "2020" }), "date.tooRecent");
    assert.equal(errorOf("birth-date", { day: "1", month: "1", year: "1900" }), "date.tooOld");
    assert.equal(errorOf("last-contract-end", { month: "6", year: "2025" }), null);
    assert.equal(errorOf("last-contract-end", { month: "12", year: "2027" }), "date.future");
    const path = schemaFor(q("birth-date"), { today }).safeParse({ day: "27", month: "", year: "1990" });
    assert.deepEqual(!path.success && path.error.issues[0]!.path, ["month"]);
  });

  it("reads numbers with a decimal comma and keeps them in range", () => {
    assert.equal(errorOf("minimum-pay", "12,50"), null);
    assert.equal(errorOf("minimum-pay", "12.5"), null);
    assert.equal(errorOf("minimum-pay", "douze"), "number.invalid");
    assert.equal(errorOf("minimum-pay", "12,555"), "number.invalid");
    assert.equal(errorOf("travel-time", "45"), null);
    assert.equal(errorOf("travel-time", "4.5"), "number.wholeNumber");
    assert.equal(errorOf("travel-time", "500"), "number.range");
    assert.equal(errorOf("travel-time", ""), "required.number");
  });

  it("keeps stand-alone choices alone and refuses unknown codes", () => {
    assert.equal(errorOf("benefits", ["RSA", "ARE"]), null);
    assert.equal(errorOf("benefits", ["RSA", "NONE"]), "choice.exclusive");
    assert.equal(errorOf("benefits", ["RSA", "RSA"]), "choice.unknown");
    assert.equal(errorOf("benefits", ["LOTTERY"]), "choice.unknown");
    assert.equal(errorOf("contract-types", []), "required.multiple");
    assert.equal(errorOf("education-level", null), "required.single");
    assert.equal(errorOf("education-level", "PHD"), "choice.unknown");
  });

  it("takes jobs from suggestions or the person's own words, or 'I don't know yet'", () => {
    assert.equal(errorOf("jobs-wanted", { jobs: [{ rome: "K2204" }, { text: "Fleuriste" }], unsure: false }), null);
    assert.equal(errorOf("jobs-wanted", { jobs: [], unsure: true }), null);
    assert.equal(errorOf("jobs-wanted", { jobs: [], unsure: false }), "required.jobsOrUnsure");
    assert.equal(errorOf("jobs-wanted", { jobs: [{ rome: "K2204" }], unsure: true }), "jobs.unsureWithJobs");
    assert.equal(errorOf("jobs-wanted", { jobs: [1, 2, 3, 4].map((n) => ({ text: `job ${n}` })), unsure: false }), "jobs.tooMany");
    assert.equal(errorOf("jobs-wanted", { jobs: [{ rome: "<script>" }], unsure: false }), "choice.unknown");
    assert.equal(errorOf("past-jobs", { jobs: [], unsure: true }), "choice.unknown");
  });

  it("reads digits as people type them, in any script, and says which part is not a number", () => {
    // Samira's entries: Arabic-Indic digits, one-digit day and month.
    assert.equal(errorOf("birth-date", { day: "١٢", month: "٣", year: "١٩٧٧" }), null);
    assert.equal(errorOf("birth-date", { day: "۱۲", month: "۳", year: "۱۹۷۷" }), null);
    assert.equal(errorOf("birth-date", { day: "１２", month: "３", year: "１９７７" }), null);
    assert.equal(errorOf("birth-date", { day: "12", month: "mars", year: "1977" }), "date.digits.month");
    assert.equal(errorOf("birth-date", { day: "l2", month: "3", year: "1977" }), "date.digits.day");
    assert.equal(errorOf("birth-date", { day: "12", month: "3", year: "19 77" }), "date.digits.year");
    for (const ok of ["٠٦١٢٣٤٥٦٧٨", "۰۶ ۱۲ ۳۴ ۵۶ ۷۸", "０６１２３４５６７８", "0033 6 12 34 56 78", "+33 6 12 34 56 78", "+٢١٦ ٢٠ ١٢٣ ٤٥٦", "06-12-34-56-78"]) {
      assert.equal(errorOf("phone", ok), null, ok);
    }
    assert.equal(errorOf("phone", "٠٦١٢"), "text.phone");
    assert.equal(errorOf("social-security-number", "۱ ۸۴ ۱۲ ۷۶ ۴۵۱ ۰۸۹ ۴۶"), null);
    assert.equal(errorOf("travel-time", "٤٥"), null);
    assert.equal(errorOf("minimum-pay", "١٢٫٥"), null);
    assert.equal(errorOf("minimum-pay", "１２,５"), null);
    assert.equal(errorOf("travel-time", "٤٥٫٥"), "number.wholeNumber");
  });
});
