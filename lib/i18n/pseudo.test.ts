import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createI18n } from "./instance";
import { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoLocalize } from "./pseudo";

describe("pseudo-locale", () => {
  it("changes every letter, keeps placeholders and makes the text longer", () => {
    const out = pseudoLocalize("Question {{step}} sur {{total}}");
    assert.ok(out.startsWith(PSEUDO_OPEN) && out.endsWith(PSEUDO_CLOSE));
    assert.match(out, /{{step}}.*{{total}}/);
    assert.doesNotMatch(out.replace(/{{\w+}}/g, ""), /[A-Za-z]/);
    assert.ok(out.length > "Question {{step}} sur {{total}}".length * 1.3);
  });

  const bundle = { common: { hello: "Bonjour {{name}}" }, questionnaire: {}, errors: {}, guidance: {}, glossary: {}, staff: {}, recap: {}, privacy: {} };

  it("is off unless asked for, so real pages never show it", () => {
    assert.equal(createI18n("fr", bundle).t("hello", { name: "Awa" }), "Bonjour Awa");
  });

  it("turns every translated text into pseudo-text when NEXT_PUBLIC_PSEUDO_LOCALE=1", (t) => {
    process.env.NEXT_PUBLIC_PSEUDO_LOCALE = "1";
    t.after(() => delete process.env.NEXT_PUBLIC_PSEUDO_LOCALE);
    assert.equal(createI18n("fr", bundle).t("hello", { name: "Awa" }), `${PSEUDO_OPEN}Ɓôñĵôúŕ Awa~~~~~~${PSEUDO_CLOSE}`);
  });
});
