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
  { id: "gross-pay", spotted: /\bbrut\b/i },
  { id: "dismissal", spotted: /licenci/i },
  { id: "resignation", spotted: /démission/i },
  { id: "sick-leave", spotted: /arrêt maladie/i },
  { id: "parental-leave", spotted: /congé parental/i },
  { id: "college", spotted: /\bcollège\b/i },
  { id: "lycee", spotted: /\blycée\b/i },
  { id: "brevet", spotted: /\bbrevet\b/i },
  { id: "bts-dut", spotted: /\b(BTS|DUT)\b/ },
  { id: "licence-master", spotted: /\b(licence|master)\b/i },
  { id: "forklift-licence", spotted: /permis cariste/i },
  { id: "cover-letter", spotted: /lettre de motivation/i },
  { id: "hlm", spotted: /\bHLM\b/ },
  { id: "foyer", spotted: /\bfoyer\b/i },
  { id: "emergency-shelter", spotted: /hébergement d['’]urgence/i },
  { id: "childcare", spotted: /mode de garde/i },
  { id: "tax-notice", spotted: /avis d['’]impôt/i },
  { id: "rib", spotted: /\bRIB\b/ },
  { id: "residence-permit", spotted: /titre de séjour/i },
  { id: "carte-vitale", spotted: /carte Vitale/i },
  { id: "employer-certificate", spotted: /\battestation\b/i },
];

/** Screens other than questions that use glossary words: the group of common.json holding their texts. */
export const pageGlossary: Readonly<Record<"start" | "check" | "confirmation", readonly string[]>> = {
  start: ["france-travail", "cv", "carte-vitale"],
  check: ["france-travail"],
  confirmation: ["france-travail", "engagement-contract", "cv", "rib", "residence-permit", "employer-certificate"],
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
