// The administration's words a person meets in the file, each explained in plain language where it appears
// (locales/<lang>/glossary.json). `spotted` finds the word in the French source texts, so a test can tell when
// a question uses one without declaring its explanation.
export interface GlossaryTerm {
  readonly id: string;
  readonly spotted: RegExp;
}

export const glossary: readonly GlossaryTerm[] = [
  { id: "france-travail", spotted: /\bFrance Travail\b/ },
  { id: "rsa", spotted: /\bRSA\b/ },
  { id: "are", spotted: /\bARE\b/ },
  { id: "ass", spotted: /\bASS\b/ },
  { id: "caf", spotted: /\bCAF\b/ },
  { id: "rqth", spotted: /\bRQTH\b/ },
  { id: "smic", spotted: /\bSMIC\b/ },
  { id: "cv", spotted: /\bCV\b/i },
  { id: "cdi", spotted: /\bCDI\b/ },
  { id: "cdd", spotted: /\bCDD\b/ },
  { id: "interim", spotted: /intérim/i },
  { id: "mutual-termination", spotted: /rupture conventionnelle/i },
  { id: "apprenticeship", spotted: /\bapprentissage\b/i },
  { id: "professionalisation", spotted: /contrat de professionnalisation/i },
  { id: "umbrella-company", spotted: /portage salarial/i },
  { id: "training", spotted: /\bformations?\b/i },
  { id: "cap-bep", spotted: /\b(CAP|BEP)\b/ },
  { id: "bac", spotted: /\bbac\b/i },
  { id: "social-security", spotted: /sécurité sociale/i },
  { id: "mutuelle", spotted: /\bmutuelle\b/i },
  { id: "car-pooling", spotted: /covoiturage/i },
  { id: "engagement-contract", spotted: /contrat d['’]engagement/i },
];

/** Screens other than questions that use glossary words: the group of common.json holding their texts. */
export const pageGlossary: Readonly<Record<"start" | "check" | "confirmation", readonly string[]>> = {
  start: ["france-travail", "cv"],
  check: ["france-travail"],
  confirmation: ["france-travail", "engagement-contract", "cv"],
};

const byId = new Map(glossary.map((term) => [term.id, term]));

export function isGlossaryTerm(id: string): boolean {
  return byId.has(id);
}

/** The glossary words a French text uses, in glossary order. */
export function termsIn(frenchText: string): string[] {
  return glossary.filter((term) => term.spotted.test(frenchText)).map((term) => term.id);
}

export const glossaryTermKey = (id: string) => `terms.${id}.word`;
export const glossaryMeaningKey = (id: string) => `terms.${id}.meaning`;
