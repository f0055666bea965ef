import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { questionnaire } from "./definition";
import { toLatinDigits } from "./digits";
import { formatAnswer } from "./format";

describe("digits as people type them", () => {
  const cases: Array<[string, string]> = [
    ["0612345678", "0612345678"],
    ["٠٦١٢٣٤٥٦٧٨", "0612345678"],
    ["۰۶۱۲۳۴۵۶۷۸", "0612345678"],
    ["０６ １２ ３４ ５６ ７８", "06 12 34 56 78"],
    ["＋３３ ６", "+33 6"],
    ["١٢٫٥", "12,5"],
    ["१२३", "123"],
    ["12 rue des Lilas", "12 rue des Lilas"],
    ["Ⅻ", "Ⅻ"],
    ["", ""],
  ];
  for (const [typed, read] of cases) {
    it(`reads ${JSON.stringify(typed)} as ${JSON.stringify(read)}`, () => assert.equal(toLatinDigits(typed), read));
  }
});

describe("answers typed in other digits are shown in Latin digits", () => {
  const question = (id: string) => questionnaire.questions.find((q) => q.id === id)!;
  const tq = (key: string) => key;
  it("phone, date and number", () => {
    assert.deepEqual(formatAnswer(question("phone"), "٠٦ ١٢ ٣٤ ٥٦ ٧٨", tq, "fr", ""), ["06 12 34 56 78"]);
    assert.deepEqual(formatAnswer(question("birth-date"), { day: "١٢", month: "٣", year: "١٩٧٧" }, tq, "fr", ""), ["12 mars 1977"]);
    assert.equal(formatAnswer(question("travel-time"), "٤٥", tq, "fr", "")[0]!.startsWith("45 "), true);
    // Free text stays exactly as typed.
    assert.deepEqual(formatAnswer(question("address"), "١٢ شارع", tq, "fr", ""), ["١٢ شارع"]);
  });
});
