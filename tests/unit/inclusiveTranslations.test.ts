// Roles written for women and men alike in the languages that mark gender: where a text names the counsellor, the
// volunteer or the social worker in the masculine, the feminine is there too (French is checked word by word in
// plainLanguage.test.ts; docs/translators.md says how to write it).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";

const locales = path.resolve(import.meta.dirname, "../../locales");
const PERSON_FACING = ["common", "questionnaire", "errors", "privacy", "accessibility", "glossary"];

/** Per language, a masculine form and the feminine that must come with it (inflected forms included). */
const ROLE_FORMS: Readonly<Record<string, ReadonlyArray<readonly [RegExp, RegExp]>>> = {
  es: [[/asesor(?!a)/iu, /asesora/iu], [/voluntario/iu, /voluntaria/iu], [/trabajador(?!a)/iu, /trabajadora/iu]],
  pt: [[/conselheiro/iu, /conselheira/iu], [/voluntário/iu, /voluntária/iu]],
  ro: [
    [/consilier(ul|ului)?(?!\p{L})/iu, /consilier(ă|a|ei)(?!\p{L})/iu],
    [/voluntar(?!\p{L})/iu, /voluntară/iu],
    [/asistent(?!\p{L})/iu, /asistentă/iu],
  ],
  uk: [[/консультант(а|ові|ом)?(?!\p{L})/iu, /консультант(к|ц)/iu], [/волонтер(?!к)/iu, /волонтерк/iu]],
  ar: [[/مستشار(?![ةت])/u, /مستشار[ةت]/u], [/متطوع(?![ةت])/u, /متطوع[ةت]/u], [/متأكد(?![ةت])/u, /متأكد[ةت]/u]],
};

function texts(lang: string): Array<[string, string]> {
  const walk = (node: unknown, key: string): Array<[string, string]> => {
    if (typeof node === "string") return [[key, node]];
    if (typeof node !== "object" || node === null) return [];
    return Object.entries(node).flatMap(([part, child]) => walk(child, key ? `${key}.${part}` : part));
  };
  return PERSON_FACING.flatMap((ns) =>
    walk(JSON.parse(readFileSync(path.join(locales, lang, `${ns}.json`), "utf8")), "").map(([key, text]): [string, string] => [`${ns}:${key}`, text]),
  );
}

describe("roles for women and men alike in every language that marks gender", () => {
  it("tells a role named in both forms from one named in the masculine only", () => {
    const [masculine, feminine] = ROLE_FORMS.ro![0]!;
    assert.ok(masculine.test("Consilierul va vedea") && !feminine.test("Consilierul va vedea"));
    assert.ok(feminine.test("consilierul sau consiliera"));
  });

  for (const [lang, forms] of Object.entries(ROLE_FORMS)) {
    it(`names every role in both forms in ${lang}`, () => {
      const alone = texts(lang).filter(([, text]) => forms.some(([masculine, feminine]) => masculine.test(text) && !feminine.test(text)));
      assert.deepEqual(alone, []);
    });
  }
});
