// The translator reads the locale files as i18next reads them: held to i18next's own output (the library the files'
// format comes from, kept for this test only) for every text of every language, every plural form, with and without
// its placeholders' values and its French terms' marks.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createInstance } from "i18next";
import { KEEP_FRENCH_MARKS, stripFrenchMarks } from "./frenchTerms";
import { resources } from "./resources";
import { locales, namespaces } from "./settings";
import { createTranslator, type Texts } from "./translator";

const PLURAL = /_(zero|one|two|few|many|other)$/;
const COUNTS = [0, 1, 2, 3, 4, 5, 6, 11, 12, 21, 22, 100, 101, 102, 1000, 1.5];

function reference(lang: string) {
  const instance = createInstance().use({ type: "postProcessor", name: "frenchMarks", process: (value: string) => stripFrenchMarks(value) });
  void instance.init({
    lng: lang,
    fallbackLng: false,
    ns: [...namespaces],
    defaultNS: "common",
    resources: { [lang]: resources[lang as keyof typeof resources] },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    postProcess: ["frenchMarks"],
  });
  return instance;
}

/** Every text's key, plural forms read as their base key: true for those that have plural forms. */
function keysOf(texts: Texts, prefix = ""): Map<string, boolean> {
  const keys = new Map<string, boolean>();
  for (const [key, value] of Object.entries(texts)) {
    const path = `${prefix}${key}`;
    if (typeof value === "string") keys.set(path.replace(PLURAL, ""), PLURAL.test(path) || keys.get(path) === true);
    else if (typeof value === "object" && value !== null) for (const [k, plural] of keysOf(value as Texts, `${path}.`)) keys.set(k, plural);
  }
  return keys;
}

describe("translator", () => {
  for (const lang of locales) {
    it(`gives every text of ${lang} as i18next does`, () => {
      const theirs = reference(lang);
      const ours = createTranslator(lang, resources[lang]);
      let compared = 0;
      for (const ns of namespaces) {
        const keys = keysOf(resources[lang][ns]);
        assert.ok(keys.size > 0, `${lang}:${ns} has texts`);
        // A value for every placeholder the namespace's texts name.
        const placeholders = Object.fromEntries(
          [...JSON.stringify(resources[lang][ns]).matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => [match[1]!, `«${match[1]}»`]),
        );
        // Every count on the texts with plural forms; one count on the others, which then read their only form.
        const plain = [{}, placeholders, { ...placeholders, ...KEEP_FRENCH_MARKS }, { ...placeholders, count: 2 }];
        const counted = [...plain, ...COUNTS.map((count) => ({ ...placeholders, count }))];
        const [oursInNs, theirsInNs] = [ours.getFixedT(lang, ns), theirs.getFixedT(lang, ns)];
        for (const [key, plural] of keys) {
          for (const options of plural ? counted : plain) {
            assert.equal(ours.t(`${ns}:${key}`, options), theirs.t(`${ns}:${key}`, options), `${lang} ${ns}:${key} ${JSON.stringify(options)}`);
            assert.equal(oursInNs(key, options), theirsInNs(key, options));
            compared += 1;
          }
          assert.equal(ours.exists(`${ns}:${key}`), theirs.exists(`${ns}:${key}`));
        }
      }
      assert.ok(compared > 1000);
    });
  }

  it("shows the key of a missing text, and says it does not exist", () => {
    const ours = createTranslator("fr", { common: { here: "Là" } });
    assert.equal(ours.t("nowhere.to.be.found"), "nowhere.to.be.found");
    assert.equal(ours.t("errors:missing"), "missing");
    assert.equal(ours.exists("here"), true);
    assert.equal(ours.exists("nowhere"), false);
    // A key that names a group of texts, not a text.
    assert.equal(createTranslator("fr", { common: { group: { a: "A" } } }).t("group"), "group");
  });

  it("fills each placeholder once: a value that looks like a placeholder is not filled again", () => {
    const ours = createTranslator("fr", { common: { hello: "Bonjour {{name}}, {{ other }}" } });
    assert.equal(ours.t("hello", { name: "{{other}}", other: "x" }), "Bonjour {{other}}, x");
    assert.equal(ours.t("hello", { name: "Awa" }), "Bonjour Awa, {{ other }}");
    assert.equal(ours.t("hello", { name: null, other: undefined }), "Bonjour , ");
  });

  it("reads a key from the bundle itself, never from what objects inherit", () => {
    const ours = createTranslator("fr", { common: { hello: "Bonjour" } });
    assert.equal(ours.t("constructor"), "constructor");
    assert.equal(ours.t("hello.toString"), "hello.toString");
    assert.equal(ours.exists("__proto__"), false);
  });

  it("takes a namespace loaded later, for the language it was loaded for", () => {
    const ours = createTranslator("fr", { common: {} });
    assert.equal(ours.hasResourceBundle("fr", "staff"), false);
    ours.addResourceBundle("fr", "staff", { title: "Espace agence" });
    assert.equal(ours.hasResourceBundle("fr", "staff"), true);
    assert.equal(ours.t("staff:title"), "Espace agence");
    assert.equal(ours.getFixedT("fr", "staff")("title"), "Espace agence");
    assert.deepEqual(ours.getResourceBundle("fr", "staff"), { title: "Espace agence" });
  });
});
