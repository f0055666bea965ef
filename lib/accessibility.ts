// Facts the accessibility statement states: set at build time, so the deployed statement names the real contact.
export const accessibilityContact = process.env.RELAIS_ACCESSIBILITY_CONTACT ?? "accessibilite@relais.example";
/** The day the statement was last established (RGAA requires the date); update it with each new round of tests. */
export const statementDate = "2026-11-23";
export const rgaaVersion = "4.1";
/** The French rights defender's online form: where a person goes when reporting to us did not help. */
export const defenderUrl = "https://formulaire.defenseurdesdroits.fr/";
export const delegatesUrl = "https://www.defenseurdesdroits.fr/saisir/delegues";
