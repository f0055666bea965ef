// Answers given under an earlier questionnaire, read in this one's questions. Drafts outlive an update (on the
// device and on the server), and files sent before it are still exported and shown to counsellors.
//
// Until 2026-12-03 (issue 14 merged these screens):
// - `has-address` asked YES / NO_STABLE_ADDRESS before the address; NO_STABLE_ADDRESS is now the address question's
//   own "I have none" answer, and YES said nothing the address does not.
// - `vehicle` (CAR, MOTORBIKE_SCOOTER, NONE) came before `transport`; the car and the motorbike are now two of the
//   transport answers, and NONE said nothing that the transport answers do not.
// Whatever else an old answer holds is no question of this file: effectiveAnswers leaves it out of what is sent.
const NO_STABLE_ADDRESS = "NO_STABLE_ADDRESS";
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
  return current;
}

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
  return current;
}
