// French terms kept in another language's text are marked <fr>…</fr> (docs/translators.md), so the screen gives them
// lang="fr" (components/i18n/FrenchTerms.tsx). A merge once dropped marks ("Bac", "terminale", "collège"…): this lists
// the French terms of the French source and finds any left unmarked in the texts of the other languages.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";

const locales = path.resolve(import.meta.dirname, "../../locales");
/** What the person or the helper reads on screen. The glossary's `word` is French in every language and always marked by its component. */
const NAMESPACES = ["common", "questionnaire", "errors", "privacy", "accessibility", "glossary", "guidance", "recap", "staff"];
const OTHER_LANGUAGES = ["en", "ar", "uk", "es", "pt", "ro", "tr"];

/** Longest first, so "contrat d'engagement" is read before any shorter term inside it. */
const TERMS = [
  "caisse d'allocations familiales", "allocation de solidarité spécifique", "revenu de solidarité active",
  "contrat de professionnalisation", "rupture conventionnelle", "contrat d'engagement", "portage salarial",
  "avis d'impôt", "titre de séjour", "carte Vitale", "attestation employeur", "hébergement d'urgence", "arrêt maladie",
  "congé parental", "lettre de motivation", "permis cariste", "sécurité sociale", "mode de garde", "baccalauréat",
  "collège", "lycée", "6e", "5e", "4e", "3e", "seconde", "première", "terminale", "brevet", "bac", "licence", "master",
  "intérim", "mutuelle", "foyer", "apprentissage", "chômage", "brut", "covoiturage", "licenciement", "démission",
  "CAP", "BEP", "BTS", "DUT", "CDI", "CDD", "RSA", "ARE", "ASS", "CAF", "RQTH", "SMIC", "RIB", "HLM",
];
/** Acronyms are matched in capitals only ("are" and "ass" are English words). */
const caseSensitive = (term: string) => term === term.toUpperCase();
/**
 * Words that are also words of the language itself, which WCAG 3.1.2 does not ask to mark (the vernacular): English
 * "licence" (a driving licence), "foyer" and "master"; Romanian "brut" and "master"; Spanish "master". Where one of them
 * names the French diploma it is marked all the same. Proper names (France Travail, Pôle emploi) and "CV", written
 * alike in every language here, are not French terms.
 */
const NATIVE: Readonly<Record<string, readonly string[]>> = { en: ["licence", "foyer", "master"], ro: ["brut", "master"], es: ["master"] };

const LATIN = "A-Za-zÀ-ÿ0-9";
const termPattern = (term: string) =>
  new RegExp(`(?<![${LATIN}])${term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['’]")}(?![${LATIN}])`, caseSensitive(term) ? "gu" : "giu");

function texts(lang: string, { glossaryWords = false } = {}): Array<[string, string]> {
  const walk = (node: unknown, key: string): Array<[string, string]> => {
    if (typeof node === "string") return [[key, node]];
    if (typeof node !== "object" || node === null) return [];
    return Object.entries(node).flatMap(([part, child]) => walk(child, key ? `${key}.${part}` : part));
  };
  return NAMESPACES.flatMap((ns) =>
    walk(JSON.parse(readFileSync(path.join(locales, lang, `${ns}.json`), "utf8")), "")
      .filter(([key]) => glossaryWords || !(ns === "glossary" && key.endsWith(".word")))
      .map(([key, text]): [string, string] => [`${ns}:${key}`, text]),
  );
}

/** The French terms of a text that stand outside any <fr> mark. */
function unmarkedFrenchTerms(text: string, lang: string): string[] {
  let rest = text.replace(/<fr>.*?<\/fr>/g, " ").replace(/{{.*?}}/g, " ");
  const found: string[] = [];
  for (const term of TERMS) {
    if (NATIVE[lang]?.includes(term)) continue;
    rest = rest.replace(termPattern(term), (match) => {
      found.push(match);
      return " ";
    });
  }
  return found;
}

describe("French terms in the other languages are marked <fr>", () => {
  it("finds a French term left unmarked, and none that is marked", () => {
    assert.deepEqual(unmarkedFrenchTerms("Bac (terminale, the end of <fr>lycée</fr>)", "en"), ["terminale", "Bac"]);
    assert.deepEqual(unmarkedFrenchTerms("البكالوريا <fr>bac</fr> (قسم terminale، و5e)", "ar"), ["5e", "terminale"]);
    assert.deepEqual(unmarkedFrenchTerms("Are you officially recognised (<fr>RQTH</fr>)? Your driving licence", "en"), []);
    assert.deepEqual(unmarkedFrenchTerms("<fr>contrat d’engagement</fr> (1/{{total}})", "ro"), []);
  });

  it("lists only terms that the French source uses", () => {
    const french = texts("fr", { glossaryWords: true }).map(([, text]) => text).join("\n");
    assert.deepEqual(TERMS.filter((term) => !termPattern(term).test(french)), []);
  });

  for (const lang of OTHER_LANGUAGES) {
    it(`marks every French term in ${lang}`, () => {
      const unmarked = texts(lang).flatMap(([key, text]) => unmarkedFrenchTerms(text, lang).map((term) => `${key}: ${term}`));
      assert.deepEqual(unmarked, []);
    });
  }
});
