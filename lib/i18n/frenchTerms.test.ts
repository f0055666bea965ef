import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createI18n } from "./instance";
import type { LocaleResources } from "./resources";
import { namespaces } from "./settings";
import { KEEP_FRENCH_MARKS, frenchParts } from "./frenchTerms";

describe("French terms inside other languages' texts", () => {
  it("cuts a text where its French terms start and end", () => {
    assert.deepEqual(frenchParts("إنهاء العمل (<fr>rupture conventionnelle</fr>)"), [
      { text: "إنهاء العمل (", french: false },
      { text: "rupture conventionnelle", french: true },
      { text: ")", french: false },
    ]);
    assert.deepEqual(frenchParts("<fr>Bac</fr> + 2"), [{ text: "Bac", french: true }, { text: " + 2", french: false }]);
    assert.deepEqual(frenchParts("plain"), [{ text: "plain", french: false }]);
  });

  it("gives every plain use the text without marks, and the marks to whoever asks for them", () => {
    const bundle = Object.fromEntries(namespaces.map((ns) => [ns, {}])) as LocaleResources;
    const i18n = createI18n("ar", { ...bundle, common: { unit: "يورو (<fr>brut</fr>) {{n}}" } });
    assert.equal(i18n.t("unit", { n: 3 }), "يورو (brut) 3");
    assert.equal(i18n.t("unit", { n: 3, ...KEEP_FRENCH_MARKS }), "يورو (<fr>brut</fr>) 3");
  });
});
