// Answers given under an earlier questionnaire, read in this one's questions. Drafts outlive an update (on the
// device and on the server), and files sent before it are still exported and shown to counsellors.
//
// Until 2026-12-03 (issue 14 merged these screens):
// - `has-address` asked YES / NO_STABLE_ADDRESS before the address; NO_STABLE_ADDRESS is now the address question's
//   own "I have none" answer, and YES said nothing the address does not.
// - `vehicle` (CAR, MOTORBIKE_SCOOTER, NONE) came before `transport`; the car and the motorbike are now two of the
//   transport answers, and NONE said nothing that the transport answers do not.
// Until 2026-12-04 (issue 14 put follow-ups on their question's screen):
// - `accessibility-needs` was asked of everyone; it is now asked under the interview-support answer ADAPTATION
//   ("something to adapt for me"), so an adaptation written then ticks that answer (in place of NONE, which said no
//   interpreter and no one with me). `contact-times` is now asked only for a call or an SMS: times given for a letter
//   or an e-mail say nothing and are not sent.
// Whatever else an old answer holds is no question of this file: effectiveAnswers leaves it out of what is sent.
const NO_STABLE_ADDRESS = "NO_STABLE_ADDRESS";
const ADAPTATION = "ADAPTATION";
const VEHICLES = ["CAR", "MOTORBIKE_SCOOTER"];
/** The transport answers that stand alone: nothing else can be ticked with them. */
const ALONE = ["NO_TRANSPORT", "NON_ABORDEE"];

/** An answer of a draft as kept: its value and when it was given. */
interface Kept {
  readonly value: unknown;
  readonly changedAt: number;
}

/**
 * A draft's answers in this questionnaire. "No stable address" said last (after any address typed or cleared, or
 * with none) is the address's answer; an address typed or cleared since (unticking "I have no stable address" on
 * today's screen) stands. A vehicle is not added to the transport: the person may have changed the transport
 * since, on the screen that now asks it, and what they see there is what is sent.
 */
export function draftInThisQuestionnaire<E extends Kept>(entries: Readonly<Record<string, E>>): Record<string, E> {
  const { "has-address": hasAddress, vehicle: _vehicle, ...rest } = entries;
  const current: Record<string, E> = rest;
  const address = current["address"];
  if (hasAddress?.value === NO_STABLE_ADDRESS && (!address || address.changedAt <= hasAddress.changedAt)) {
    current["address"] = { ...hasAddress, value: NO_STABLE_ADDRESS };
  }
  // An adaptation written after the interview-support answer was given: it was asked on its own then. Today it can only
  // be written once ADAPTATION is ticked, so support changed after it (ADAPTATION unticked) stands.
  const needs = current["accessibility-needs"];
  const support = current["interview-support"];
  if (needs && written(needs.value) && !ticks(support?.value, ADAPTATION) && (!support || support.changedAt <= needs.changedAt)) {
    current["interview-support"] = { ...(support ?? needs), value: withAdaptation(support?.value) };
  }
  return current;
}

const written = (value: unknown) => typeof value === "string" && value.trim() !== "";
const ticks = (value: unknown, code: string) => Array.isArray(value) && value.includes(code);
/** The interview-support answer with ADAPTATION ticked: with what else was ticked, but not NONE. */
const withAdaptation = (value: unknown): string[] => [...(Array.isArray(value) ? (value as string[]).filter((code) => code !== "NONE") : []), ADAPTATION];

/**
 * A sent file's answers in this questionnaire (only the answers that were asked were sent, so nothing there
 * contradicts): no stable address is the address's answer, a car or a motorbike is among the transport answers.
 */
export function sentInThisQuestionnaire(answers: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { "has-address": hasAddress, vehicle, ...rest } = answers;
  const current: Record<string, unknown> = rest;
  if (hasAddress === NO_STABLE_ADDRESS && current["address"] === undefined) current["address"] = NO_STABLE_ADDRESS;
  const vehicles = Array.isArray(vehicle) ? VEHICLES.filter((code) => vehicle.includes(code)) : [];
  const transport = current["transport"];
  if (vehicles.length > 0 && transport === undefined) current["transport"] = vehicles;
  else if (vehicles.length > 0 && Array.isArray(transport)) {
    const codes = transport as unknown[];
    if (!codes.some((code) => ALONE.includes(code as string))) current["transport"] = [...vehicles, ...codes.filter((code) => !VEHICLES.includes(code as string))];
  }
  if (written(current["accessibility-needs"]) && !ticks(current["interview-support"], ADAPTATION)) {
    current["interview-support"] = withAdaptation(current["interview-support"]);
  }
  return current;
}
