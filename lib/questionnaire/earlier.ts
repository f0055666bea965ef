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
/** The car and the motorbike an old vehicle answer names, in the order of today's transport answers. */
const vehiclesIn = (value: unknown): string[] => (Array.isArray(value) ? VEHICLES.filter((code) => value.includes(code)) : []);
/** The transport answers that stand alone: nothing else can be ticked with them. */
const ALONE = ["NO_TRANSPORT", "NON_ABORDEE"];

/** An answer of a draft as kept: its value and when it was given. */
interface Kept {
  readonly value: unknown;
  readonly changedAt: number;
}

/** The questions of an earlier questionnaire whose answers are now given in another question. */
export const EARLIER_QUESTIONS: readonly string[] = ["has-address", "vehicle"];

export function isEarlierQuestion(questionId: string): boolean {
  return EARLIER_QUESTIONS.includes(questionId);
}

/**
 * Whether an old answer is one the old screens could give (null: cleared). A device still running the old code,
 * or a change queued on one before the update, may send it; anything else is refused like any bad answer.
 */
export function isEarlierAnswer(questionId: string, value: unknown): boolean {
  if (value === null) return true;
  if (questionId === "has-address") return value === "YES" || value === NO_STABLE_ADDRESS;
  if (questionId === "vehicle") {
    const codes = ["CAR", "MOTORBIKE_SCOOTER", "NONE", "NON_ABORDEE"];
    return Array.isArray(value) && value.length > 0 && value.length <= codes.length && value.every((code) => codes.includes(code as string));
  }
  return false;
}

/** One answer of today's questions that an old answer stands for. `value` null clears it. */
export interface Translated {
  readonly questionId: "address" | "transport";
  readonly value: unknown;
  /** When it counts as given: never later than a change made on today's screens after the update. */
  readonly changedAt: number;
  /** The old question it comes from (whose author it keeps). */
  readonly from: "has-address" | "vehicle";
}

/**
 * What a draft's old answers say in today's questions, given once in their place (then the old answers go):
 * - "no stable address" is the address's answer, unless an address was typed or cleared after it (today's screen:
 *   unticking "I have no stable address"); "yes, I have an address" takes back a "no stable address" given before
 *   it, and says nothing else;
 * - a car or a motorbike joins the ways to get around (as in a sent file: not next to an answer that stands
 *   alone). The old screens asked the vehicle before the ways to get around, so the merged answer counts as given
 *   just after both: it replaces the old transport answer, and loses to any change made since on another device.
 * Nothing when the old answers add nothing to what today's questions already hold.
 */
export function translateEarlier(entries: Readonly<Record<string, Kept | undefined>>): Translated[] {
  const translated: Translated[] = [];
  const hasAddress = entries["has-address"];
  const address = entries["address"];
  if (hasAddress?.value === NO_STABLE_ADDRESS && address?.value !== NO_STABLE_ADDRESS && (!address || address.changedAt < hasAddress.changedAt)) {
    translated.push({ questionId: "address", value: NO_STABLE_ADDRESS, changedAt: hasAddress.changedAt, from: "has-address" });
  }
  if (hasAddress?.value === "YES" && address?.value === NO_STABLE_ADDRESS && address.changedAt < hasAddress.changedAt) {
    translated.push({ questionId: "address", value: null, changedAt: hasAddress.changedAt, from: "has-address" });
  }
  const vehicle = entries["vehicle"];
  const vehicles = vehiclesIn(vehicle?.value);
  if (vehicle && vehicles.length > 0) {
    const transport = entries["transport"];
    const codes = Array.isArray(transport?.value) ? (transport.value as unknown[]) : [];
    const merged = [...vehicles, ...codes.filter((code) => !vehicles.includes(code as string))];
    const alone = codes.some((code) => ALONE.includes(code as string));
    if (!alone && merged.length > codes.length) {
      const changedAt = transport ? Math.max(vehicle.changedAt, transport.changedAt + 1) : vehicle.changedAt;
      translated.push({ questionId: "transport", value: merged, changedAt, from: "vehicle" });
    }
  }
  return translated;
}

/**
 * A draft's answers in this questionnaire, for a reader that cannot write the translation back: the old answers
 * left out, what they say in today's questions in (translateEarlier). Devices and the server translate their
 * drafts once (lib/drafts/model.ts, lib/server/earlierAnswers.ts); this reads one that was not yet.
 */
export function draftInThisQuestionnaire<E extends Kept>(entries: Readonly<Record<string, E>>): Record<string, E> {
  const current: Record<string, E> = { ...entries };
  for (const id of EARLIER_QUESTIONS) delete current[id];
  for (const { questionId, value, changedAt, from } of translateEarlier(entries)) {
    current[questionId] = { ...(entries[from] as E), value, changedAt };
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
  const vehicles = vehiclesIn(vehicle);
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

/**
 * Who entered a sent file's answers, by today's questions: an old question's credit goes to the question that took its
 * answer over, when that one holds no credit of its own and its answer came from the old one alone ("no stable
 * address" said on the old screen; a car or a motorbike with no other way to get around given).
 */
export function helpedInThisQuestionnaire<T>(helped: Readonly<Record<string, T>>, answers: Readonly<Record<string, unknown>>): Record<string, T> {
  const { "has-address": hasAddress, vehicle, ...others } = helped;
  const current: Record<string, T> = others;
  if (hasAddress !== undefined && current["address"] === undefined && answers["has-address"] === NO_STABLE_ADDRESS && answers["address"] === undefined) {
    current["address"] = hasAddress;
  }
  if (vehicle !== undefined && current["transport"] === undefined && vehiclesIn(answers["vehicle"]).length > 0 && answers["transport"] === undefined) current["transport"] = vehicle;
  return current;
}
