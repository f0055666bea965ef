// The draft's answers on the device, and how the device adopts the server's copy.
//
// The server owns the draft and holds the one conflict rule (lib/server/drafts.ts: the change made last wins,
// equal times keep the server's copy). The device only orders its own writes (two tabs: the later write wins)
// and adopts whatever the server answers, except answers typed since they were sent, which go next.
import type { ChangesResponse } from "./protocol";
import type { Author } from "@/lib/handoff/protocol";
import { EARLIER_QUESTIONS, draftInThisQuestionnaire, isEarlierQuestion, translateEarlier } from "@/lib/questionnaire/earlier";
import type { AnswerValue, Answers } from "@/lib/questionnaire/types";

export interface AnswerEntry {
  value: AnswerValue | null;
  /** Milliseconds on the device that made the change. */
  changedAt: number;
}

/**
 * An answer on the device: `local` while it is only typed here (not committed), `pending` once committed and
 * until the server has it, with who typed it when not the person. Neither: the server's copy.
 */
export interface DeviceEntry extends AnswerEntry {
  local?: true;
  pending?: true;
  author?: Author;
}

export type Entries = Record<string, DeviceEntry>;

export interface AnswerChange extends AnswerEntry {
  questionId: string;
  /** Absent: the person. Set when a helper typed on this device. */
  author?: Author;
}

/** A write on this device wins over what it holds unless another tab already wrote later. */
export function isLaterWrite(incoming: AnswerEntry, current: AnswerEntry | undefined): boolean {
  return !current || incoming.changedAt >= current.changedAt;
}

/** The changes waiting for the server, one per question. */
export function pendingChanges(entries: Entries): AnswerChange[] {
  return Object.entries(entries)
    .filter(([, entry]) => entry.pending)
    .map(([questionId, { value, changedAt, author }]) => (author ? { questionId, value, changedAt, author } : { questionId, value, changedAt }));
}

/**
 * Adopts the server's answer to a sync (or a live delta when `sent` is empty): each answer the server returns
 * replaces the device's, unless the device changed it after what it sent (that change is still pending and will
 * be sent next). A sent change the server returned is no longer pending, whoever won.
 */
export function adoptServer(entries: Entries, response: ChangesResponse, sent: AnswerChange[] = []): Entries {
  const sentAt = new Map(sent.map((change) => [change.questionId, change.changedAt]));
  const next: Entries = { ...entries };
  for (const [questionId, server] of Object.entries(response.entries)) {
    // The server translates old answers itself: one it still echoes (for a device running the old code) is not
    // kept here, so it is never translated, nor sent, twice.
    if (isEarlierQuestion(questionId)) continue;
    const local = entries[questionId];
    const typedSince = local?.pending && sentAt.get(questionId) !== local.changedAt;
    if (typedSince) continue;
    next[questionId] = { value: (server.value ?? null) as AnswerValue | null, changedAt: server.changedAt };
  }
  return next;
}

/** Stops sending changes the server refused for good (they stay on the device, as typed). */
export function withoutPending(entries: Entries, refused: AnswerChange[]): Entries {
  const next: Entries = { ...entries };
  for (const change of refused) {
    const local = next[change.questionId];
    if (local?.pending && local.changedAt === change.changedAt) next[change.questionId] = { value: local.value, changedAt: local.changedAt };
  }
  return next;
}

/**
 * A draft started before an update, in this questionnaire's questions, once: the old answers go, and what they say
 * in today's questions is committed in their place (with the old answer's time and author), to reach the server
 * as any change does. The server translates its own copy the same way, so both meet on equal times (its copy
 * stays, with who gave the answer). The same entries when there is nothing to translate.
 */
export function inThisQuestionnaire(entries: Entries): Entries {
  if (!EARLIER_QUESTIONS.some((id) => id in entries)) return entries;
  const next: Entries = { ...entries };
  for (const id of EARLIER_QUESTIONS) delete next[id];
  for (const { questionId, value, changedAt, from } of translateEarlier(entries)) {
    const author = entries[from]?.author;
    next[questionId] = author ? { value: value as AnswerValue | null, changedAt, pending: true, author } : { value: value as AnswerValue | null, changedAt, pending: true };
  }
  return next;
}

/** The draft's answers, in this questionnaire's questions (a draft may have been started before an update). */
export function answersOf(entries: Entries): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const [id, entry] of Object.entries(draftInThisQuestionnaire(entries))) if (entry.value !== null) answers[id] = entry.value;
  return answers;
}
