// Per-answer versions and the conflict rule shared by the device and the server.
//
// Rule: for each question, the change made last (its `changedAt`, milliseconds on the device that made it)
// wins; equal times are broken by comparing the values' JSON, so every copy converges to the same answer.
// A cleared answer is a change too (value null), so clearing on one device is not undone by an old copy.
import type { Author } from "@/lib/handoff/protocol";
import type { AnswerValue, Answers } from "@/lib/questionnaire/types";

export interface AnswerEntry {
  value: AnswerValue | null;
  changedAt: number;
}

export type Entries = Record<string, AnswerEntry>;

export interface AnswerChange extends AnswerEntry {
  questionId: string;
  /** Absent: the person. Set when a helper typed on this device. */
  author?: Author;
}

export function isNewer(incoming: AnswerEntry, current: AnswerEntry | undefined): boolean {
  if (!current) return true;
  if (incoming.changedAt !== current.changedAt) return incoming.changedAt > current.changedAt;
  return JSON.stringify(incoming.value) > JSON.stringify(current.value);
}

/** Keeps, for each question, the newer of the two entries. */
export function mergeEntries(current: Entries, incoming: Entries): Entries {
  const merged: Entries = { ...current };
  for (const [id, entry] of Object.entries(incoming)) if (isNewer(entry, merged[id])) merged[id] = entry;
  return merged;
}

export function answersOf(entries: Entries): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const [id, entry] of Object.entries(entries)) if (entry.value !== null) answers[id] = entry.value;
  return answers;
}
