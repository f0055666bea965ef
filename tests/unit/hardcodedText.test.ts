// No text in components: every word a person reads or hears comes from locales/. The pseudo-locale
// (npm run dev:pseudo) shows the same thing on screen; this test catches it before anyone looks.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { sourceFiles } from "./sourceFiles";

// Text between a closing ">" of a JSX tag and the next "<" or "{", with at least one letter in it (not an arrow's
// ">", nor a comparison between two expressions).
const JSX_TEXT = /(?<!=)>([^<>{}`=;()&|]*\p{L}[^<>{}`=;()&|]*)</gu;
// Attributes a person reads or hears, given as a plain string.
const SPOKEN_ATTRIBUTE = /\b(aria-label|aria-description|aria-roledescription|title|alt|placeholder)="([^"]*\p{L}[^"]*)"/gu;

function hardcodedTexts(source: string): string[] {
  // Comments say why; they are not shown.
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  return [...code.matchAll(JSX_TEXT)].map((m) => m[1]!.trim()).filter((text) => text !== "")
    .concat([...code.matchAll(SPOKEN_ATTRIBUTE)].map((m) => `${m[1]}="${m[2]}"`));
}

describe("no text in components", () => {
  it("finds hard-coded text when there is some", () => {
    assert.deepEqual(hardcodedTexts(`<p className="hint">Écrivez votre nom</p>`), ["Écrivez votre nom"]);
    assert.deepEqual(hardcodedTexts(`<button aria-label="Fermer">{t("x")}</button>`), [`aria-label="Fermer"`]);
    assert.deepEqual(hardcodedTexts(`<p>{t("start.title")}</p>`), []);
  });

  for (const { file, text } of sourceFiles(["app", "components"], (name) => name.endsWith(".tsx"))) {
    it(`${file} takes every text from the translations`, () => {
      assert.deepEqual(hardcodedTexts(text), []);
    });
  }
});
