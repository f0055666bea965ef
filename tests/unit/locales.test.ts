import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { locales, namespaces } from "@/lib/i18n/settings";
import { questionnaire } from "@/lib/questionnaire/definition";
import { answerTypeOf } from "@/lib/questionnaire/answerTypes";
import { hintKey, jobKey, labelKey, sectionTitleKey, whoKey, whyKey, IN_PERSON_KEY } from "@/lib/questionnaire/keys";
import { sourceFiles } from "./sourceFiles";

const root = path.resolve(import.meta.dirname, "../../locales");
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = ""): Record<string, string> {
  if (typeof value !== "object" || value === null) return { [prefix]: String(value) };
  return Object.entries(value).reduce<Record<string, string>>(
    (acc, [key, child]) => ({ ...acc, ...flatten(child, prefix ? `${prefix}.${key}` : key) }),
    {},
  );
}

const load = (lang: string, ns: string) => flatten(JSON.parse(readFileSync(path.join(root, lang, `${ns}.json`), "utf8")));
const baseKeys = (keys: Record<string, string>) => new Set(Object.keys(keys).map((k) => k.replace(PLURAL, "")));
const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe("every locale has every key", () => {
  it("has a folder for each supported language and nothing else", () => {
    assert.deepEqual(readdirSync(root).sort(), [...locales].sort());
  });

  for (const lang of locales) {
    for (const ns of namespaces) {
      it(`${lang}/${ns}.json has exactly the keys of the French source, with the same placeholders`, () => {
        const source = load("fr", ns);
        const target = load(lang, ns);
        const missing = [...baseKeys(source)].filter((k) => !baseKeys(target).has(k));
        const extra = [...baseKeys(target)].filter((k) => !baseKeys(source).has(k));
        assert.deepEqual({ missing, extra }, { missing: [], extra: [] });
        for (const [key, text] of Object.entries(target)) {
          assert.notEqual(text.trim(), "", `${lang} ${ns}:${key} is empty`);
          const sourceKey = key in source ? key : `${key.replace(PLURAL, "")}_other`;
          if (!(sourceKey in source)) continue;
          // A plural form may leave the number out (Arabic says "one suggestion" in words); it may not invent one.
          if (PLURAL.test(key)) assert.ok(placeholders(text).every((p) => placeholders(source[sourceKey]!).includes(p)), `${lang} ${ns}:${key}`);
          else assert.deepEqual(placeholders(text), placeholders(source[sourceKey]!), `${lang} ${ns}:${key}`);
        }
      });

      it(`${lang}/${ns}.json has every plural form ${lang} needs`, () => {
        const keys = load(lang, ns);
        const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
        for (const base of new Set(Object.keys(keys).filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, "")))) {
          for (const category of categories) assert.ok(`${base}_${category}` in keys, `${lang} ${ns}:${base}_${category}`);
        }
      });
    }
  }
});

describe("the questionnaire's texts match its definition", () => {
  const needed = new Set<string>([IN_PERSON_KEY, "or"]);
  for (const section of questionnaire.sections) needed.add(sectionTitleKey(section.id));
  for (const question of questionnaire.questions) {
    for (const key of [labelKey, hintKey, whyKey, whoKey]) needed.add(key(question));
    for (const key of answerTypeOf(question).textKeys(question)) needed.add(key);
  }

  it("has a label, hint, 'why' and 'who' for every question and a text for every option", () => {
    const keys = load("fr", "questionnaire");
    assert.deepEqual([...needed].filter((k) => !(k in keys)), []);
  });

  it("has no text that no question uses", () => {
    const keys = Object.keys(load("fr", "questionnaire")).filter((k) => !k.startsWith("jobs."));
    assert.deepEqual(keys.filter((k) => !needed.has(k)), []);
  });

  // An optional question with an answer for "I have none" says to choose it, not to leave the box empty (issue 13).
  it("points the person and the helper to the e-mail question's 'I have no e-mail' answer in every language", () => {
    const wrong = locales.flatMap((lang) => {
      const none = load(lang, "questionnaire")["questions.email.none"]!;
      return [
        ["questionnaire", "questions.email.hint"],
        ["guidance", "questions.email.careful"],
      ]
        .filter(([ns, key]) => !load(lang, ns!)[key!]!.includes(none))
        .map(([ns, key]) => `${lang}/${ns}:${key}`);
    });
    assert.deepEqual(wrong, []);
  });

  it("names every suggested job with a valid job code", () => {
    for (const key of Object.keys(load("fr", "questionnaire")).filter((k) => k.startsWith("jobs."))) {
      assert.match(key.slice(5), /^[A-N]\d{4}$/);
      assert.equal(jobKey(key.slice(5)), key);
    }
  });
});

describe("every text is used somewhere", () => {
  const source = sourceFiles(["app", "components", "lib"], (name) => /\.tsx?$/.test(name) && !name.endsWith(".test.ts"))
    .map(({ text }) => text)
    .join("\n");
  // A key is used when the code names it whole ("check.send"), or builds it from a named prefix (`start.atHand.${item}`).
  const literals = new Set([...source.matchAll(/["'`]([\w.-]+)["'`]/g)].map((m) => m[1]!));
  const prefixes = [...source.matchAll(/`([\w.-]+\.)\$\{/g)].map((m) => m[1]!);
  const used = (key: string) => literals.has(key) || prefixes.some((prefix) => key.startsWith(prefix));
  const questionIds = new Set(questionnaire.questions.map((q) => q.id));

  it("uses every text of common.json and errors.json", () => {
    for (const ns of ["common", "errors"]) {
      const unused = [...baseKeys(load("fr", ns))].filter((key) => !used(key));
      assert.deepEqual(unused, [], `${ns}.json`);
    }
  });

  for (const ns of ["privacy", "accessibility"]) {
    it(`uses every text of ${ns}.json`, () => {
      // Server code names them with their namespace ("privacy:title"), the notice and the statement without it.
      const named = new Set([...source.matchAll(new RegExp(`["'\`]${ns}:([\\w.-]+)["'\`]`, "g"))].map((m) => m[1]!));
      const unused = [...baseKeys(load("fr", ns))].filter((key) => !used(key) && !named.has(key));
      assert.deepEqual(unused, []);
    });
  }

  it("has guidance for every question and for no other", () => {
    const keys = [...baseKeys(load("fr", "guidance"))];
    const perQuestion = keys.filter((key) => key.startsWith("questions."));
    assert.deepEqual(perQuestion.filter((key) => !questionIds.has(key.split(".")[1]!)), []);
    for (const id of questionIds) assert.ok(perQuestion.some((key) => key.startsWith(`questions.${id}.`)), id);
    assert.deepEqual(keys.filter((key) => !key.startsWith("questions.") && !used(key)), []);
  });
});

describe("the texts the browser downloads", () => {
  it("leaves out the privacy notice, the accessibility statement and the recap, which no client component reads", () => {
    // lib/i18n/resources.ts: those namespaces are not in the language's bundle, so a client component reading one
    // would show the key itself.
    const client = sourceFiles(["app", "components", "lib"], (name) => /\.tsx?$/.test(name) && !name.endsWith(".test.ts")).filter(({ text }) =>
      text.startsWith('"use client"'),
    );
    assert.ok(client.length > 50);
    const reading = client.filter(({ text }) => /["'`](privacy|recap|accessibility):|useTranslation\(["'`](privacy|recap|accessibility)["'`]\)|getFixedT\([^)]*["'`](privacy|recap|accessibility)["'`]/.test(text));
    assert.deepEqual(reading.map(({ file }) => file), []);
  });
});

describe("examples in the page's own digits", () => {
  // Every page shows Latin digits (dates and amounts are formatted with `-u-nu-latn`, as on French documents and
  // Maghreb Arabic), and Arabic is also written with Arabic-Indic digits (٠–٩), which every field accepts: an Arabic
  // example of a number a person types gives it both ways. Codes (letters and digits) are shown as printed.
  const example = /مثلًا:?\s*⁦?([0-9][0-9 ,]*)/g;
  for (const ns of ["questionnaire", "errors"] as const) {
    it(`ar/${ns}.json gives each typed number of its examples in Arabic-Indic digits too`, () => {
      const lacking = Object.entries(load("ar", ns)).filter(([, text]) =>
        [...text.matchAll(example)].some(([, latin]) => !text.includes(latin!.trim().replace(/[0-9]/g, (d) => "٠١٢٣٤٥٦٧٨٩"[Number(d)]!).replace(",", "٫"))),
      );
      assert.deepEqual(lacking.map(([key]) => key), []);
    });
  }
});
