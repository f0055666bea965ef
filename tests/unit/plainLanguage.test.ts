// Plain language: short questions, and every administration word explained where it appears.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { answerTypeOf } from "@/lib/questionnaire/answerTypes";
import { questionnaire } from "@/lib/questionnaire/definition";
import { glossary, glossaryMeaningKey, glossaryTermKey, isGlossaryTerm, pageGlossary, termsIn } from "@/lib/questionnaire/glossary";
import { hintKey, labelKey } from "@/lib/questionnaire/keys";
import type { Question } from "@/lib/questionnaire/types";
import { readingEase, syllables, words } from "./readability";

const locales = path.resolve(import.meta.dirname, "../../locales");
const read = (ns: string) => JSON.parse(readFileSync(path.join(locales, "fr", `${ns}.json`), "utf8")) as Record<string, unknown>;
const french = read("questionnaire");
const common = read("common");
const frenchGlossary = read("glossary");
const MAX_WORDS = 20;

/**
 * The namespaces a job seeker reads. staff and guidance are written for trained staff and helpers, and recap is the
 * counsellor's print of the file: their readers know the administration's words, so they are not scored.
 */
const PERSON_FACING = ["common", "questionnaire", "errors", "privacy", "accessibility", "glossary"] as const;
const MIN_READING_EASE = 60;
/**
 * The formula scores sentences: on a label of one to three words it measures only how long the words are ("Continuer"
 * scores −15), so such labels are not scored; the glossary test still checks their administration words.
 */
const MIN_WORDS_SCORED = 4;
/** Job names are those of the service's job list (ROME): the person must recognise them in job offers. */
const isJobName = (key: string) => key.startsWith("questionnaire:jobs.");

const ACCESSIBILITY_STATEMENT =
  "The accessibility statement follows the legal model (RGAA): it must name the standard, the tools and the legal remedy.";
const ROLE_NAME = "The official name of a role, which the person will hear from staff; both genders are written.";

/** French texts scored under 60 that stay as they are, each with the reason. Keys are "namespace:key". */
const READING_EASE_EXCEPTIONS: Readonly<Record<string, string>> = {
  "questionnaire:questions.contract-types.options.PROFESSIONALISATION":
    "The contract's official name, which offers use; it comes first and the glossary explains it.",
  "questionnaire:questions.disability-status.label":
    "RQTH is the word on the person's papers and is spelled out letter by letter; the glossary explains it.",
  "common:help.roles.volunteer": ROLE_NAME,
  "common:help.roles.social-worker": ROLE_NAME,
  "common:help.roles.counsellor": ROLE_NAME,
  "common:pictograms.question-mark": "The name of the sign the drawing shows; there is no shorter common word.",
  "common:send.sendCorrected": "Four common words; only \"corrigé\" lowers the score, and it repeats the button the person pressed.",
  "privacy:use.title": "Four common words; \"utiliser vos droits\" is the plainest wording of the legal right.",
  "accessibility:environment": ACCESSIBILITY_STATEMENT,
  "accessibility:conformity": ACCESSIBILITY_STATEMENT,
  "accessibility:limits.audit": ACCESSIBILITY_STATEMENT,
  "accessibility:limits.screenReaders": ACCESSIBILITY_STATEMENT,
  "accessibility:tested.languages": ACCESSIBILITY_STATEMENT,
  "accessibility:tested.axe": ACCESSIBILITY_STATEMENT,
  "accessibility:remedyPost": "The postal address of the Défenseur des droits, written exactly as the post office needs it.",
};

/**
 * Words that say something about the reader or a role, with their feminine: a text that has the masculine must have
 * the feminine too ("sûr ou sûre", "conseillère ou conseiller"), or be reworded so that it does not need either.
 */
const GENDERED_FORMS: ReadonlyArray<readonly [string, string]> = [
  ["sûr", "sûre"], ["allé", "allée"], ["obligé", "obligée"], ["aidé", "aidée"], ["inscrit", "inscrite"],
  ["licencié", "licenciée"], ["accompagné", "accompagnée"], ["connecté", "connectée"], ["prêt", "prête"],
  ["étudiant", "étudiante"], ["salarié", "salariée"], ["conseiller", "conseillère"], ["travailleur", "travailleuse"],
];
/** "Seul" also describes things ("une seule fois", "l'appareil s'efface seul"): checked only in the questions' texts. */
const GENDERED_IN_QUESTIONS: ReadonlyArray<readonly [string, string]> = [["seul", "seule"]];

/** Texts that keep a masculine form alone, each with the reason. */
const GENDER_EXCEPTIONS: Readonly<Record<string, string>> = {
  "glossary:terms.rqth.meaning": "Quotes the legal name of the status, \"reconnaissance de la qualité de travailleur handicapé\".",
};

const hasWord = (text: string, word: string) => new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, "iu").test(text);

/** The masculine forms a text uses without their feminine. */
function masculineAlone(text: string, forms: ReadonlyArray<readonly [string, string]>): string[] {
  return forms.filter(([masculine, feminine]) => hasWord(text, masculine) && !hasWord(text, feminine)).map(([masculine]) => masculine);
}

/** Every text of a namespace, keyed "namespace:dotted.key". */
function textsOf(namespace: string): Array<[string, string]> {
  const walk = (node: unknown, key: string): Array<[string, string]> => {
    if (typeof node === "string") return [[`${namespace}:${key}`, node]];
    if (typeof node !== "object" || node === null) return [];
    return Object.entries(node).flatMap(([part, child]) => walk(child, key ? `${key}.${part}` : part));
  };
  return walk(read(namespace), "");
}

function text(bundle: Record<string, unknown>, key: string): string | undefined {
  const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], bundle);
  return typeof value === "string" ? value : undefined;
}

function allTexts(node: unknown): string[] {
  if (typeof node === "string") return [node];
  return typeof node === "object" && node !== null ? Object.values(node).flatMap(allTexts) : [];
}

/** Words as a reader counts them: "l'emploi" is one word, a lone punctuation mark is none. */
const wordCount = (sentence: string) => sentence.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** Everything the person reads on a question's screen, in French. */
function screenTexts(question: Question): string[] {
  const keys = [labelKey(question), hintKey(question)];
  keys.push(...answerTypeOf(question).textKeys(question));
  return keys.map((key) => text(french, key)).filter((value): value is string => value !== undefined);
}

describe("plain language", () => {
  it("counts words as a reader does", () => {
    assert.equal(wordCount("Avez-vous un CV ?"), 3);
    assert.equal(wordCount("Quelle est l'adresse où l'on peut vous écrire ?"), 8);
  });

  for (const question of questionnaire.questions) {
    it(`asks "${question.id}" in ${MAX_WORDS} French words or fewer`, () => {
      const label = text(french, labelKey(question));
      assert.ok(label, `no French label for ${question.id}`);
      assert.ok(wordCount(label) <= MAX_WORDS, `${question.id}: ${wordCount(label)} words: "${label}"`);
    });

    it(`explains every administration word "${question.id}" uses, and only those`, () => {
      const used = termsIn(screenTexts(question).join("\n"));
      const explained = question.glossary ?? [];
      assert.deepEqual(used.filter((term) => !explained.includes(term)), [], `${question.id} uses words it does not explain`);
      assert.deepEqual(explained.filter((term) => !used.includes(term)), [], `${question.id} explains words it does not use`);
    });
  }

  for (const [page, explained] of Object.entries(pageGlossary)) {
    it(`explains every administration word of the ${page} screen`, () => {
      const used = termsIn(allTexts(common[page]).join("\n"));
      assert.deepEqual(used.filter((term) => !explained.includes(term)), []);
      assert.deepEqual(explained.filter((term) => !used.includes(term)), []);
    });
  }

  it(`writes the privacy notice in sentences of ${MAX_WORDS} French words or fewer`, () => {
    const long = allTexts(read("privacy"))
      .flatMap((text) => text.split(/(?<=[.!?;:])\s+/))
      .filter((sentence) => wordCount(sentence) > MAX_WORDS);
    assert.deepEqual(long, []);
  });

  it("has a French word and meaning for every glossary term, and no other", () => {
    for (const term of glossary) {
      assert.ok(text(frenchGlossary, glossaryTermKey(term.id)), term.id);
      assert.ok(text(frenchGlossary, glossaryMeaningKey(term.id)), term.id);
      assert.ok(term.spotted.test(text(frenchGlossary, glossaryTermKey(term.id))!), `${term.id} is spotted by its own word`);
    }
    assert.deepEqual(Object.keys(frenchGlossary.terms as object).filter((id) => !isGlossaryTerm(id)), []);
  });

  it("counts French syllables as they are said", () => {
    assert.equal(syllables("école"), 2);
    assert.equal(syllables("travailler"), 3);
    assert.equal(syllables("je"), 1);
    assert.equal(syllables("CDD"), 3);
    assert.equal(syllables("SMIC"), 1);
    assert.deepEqual(words("Ajouter : {{job}}"), ["Ajouter"]);
  });

  it("scores easy French above hard French on the Kandel–Moles formula", () => {
    assert.ok(readingEase("Avez-vous un CV ?") >= MIN_READING_EASE);
    assert.ok(readingEase("Relancer après une candidature spontanée") < MIN_READING_EASE);
  });

  const texts = PERSON_FACING.flatMap(textsOf);
  const scored = texts.filter(([key, value]) => words(value).length >= MIN_WORDS_SCORED && !isJobName(key));

  it(`writes every French text a person reads with a reading ease of ${MIN_READING_EASE} or more, or says why not`, () => {
    const hard = scored
      .filter(([key, value]) => readingEase(value) < MIN_READING_EASE && !(key in READING_EASE_EXCEPTIONS))
      .map(([key, value]) => `${key} (${readingEase(value).toFixed(0)}): ${value}`);
    assert.deepEqual(hard, []);
  });

  it("keeps only exceptions that are still needed", () => {
    const scores = new Map(scored.map(([key, value]) => [key, readingEase(value)]));
    for (const [key, reason] of Object.entries(READING_EASE_EXCEPTIONS)) {
      assert.ok(reason.length > 0, key);
      const score = scores.get(key);
      assert.ok(score !== undefined, `${key} is not a scored French text`);
      assert.ok(score < MIN_READING_EASE, `${key} now scores ${score.toFixed(0)}: remove its exception`);
    }
  });

  it("finds a masculine form written without its feminine", () => {
    assert.deepEqual(masculineAlone("Oui, j'en suis sûr", GENDERED_FORMS), ["sûr"]);
    assert.deepEqual(masculineAlone("Oui, j'en suis sûr ou sûre", GENDERED_FORMS), []);
    assert.deepEqual(masculineAlone("Votre conseillère ou votre conseiller", GENDERED_FORMS), []);
    assert.deepEqual(masculineAlone("Une démarche sûre", GENDERED_FORMS), []);
  });

  it("writes every French answer, question and role for women and men alike", () => {
    const alone = texts.flatMap(([key, value]) => {
      if (key in GENDER_EXCEPTIONS) return [];
      const forms = key.startsWith("questionnaire:") ? [...GENDERED_FORMS, ...GENDERED_IN_QUESTIONS] : GENDERED_FORMS;
      const found = masculineAlone(value, forms);
      return found.length > 0 ? [`${key} (${found.join(", ")}): ${value}`] : [];
    });
    assert.deepEqual(alone, []);
  });

  it("explains each word in 40 French words or fewer", () => {
    for (const term of glossary) {
      const meaning = text(frenchGlossary, glossaryMeaningKey(term.id))!;
      assert.ok(wordCount(meaning) <= 40, `${term.id}: ${wordCount(meaning)} words`);
    }
  });
});
