// The draft kept on the person's device: an interface with an in-memory twin, so logic and tests do not need a browser.
import type { AnswerValue } from "@/lib/questionnaire/types";

export interface Draft {
  id: string;
  answers: Record<string, AnswerValue>;
  /** Epoch milliseconds of the last change. */
  updatedAt: number;
  /** Set when the file was sent to the counsellor. */
  submittedAt?: number;
}

export interface DraftStore {
  /** The current draft, created empty when there is none. */
  load(): Promise<Draft>;
  /** Records one answer; undefined removes it (an optional question left blank). */
  saveAnswer(questionId: string, value: AnswerValue | undefined): Promise<Draft>;
  markSubmitted(at: number): Promise<Draft>;
  /** Forgets the draft on this device. */
  clear(): Promise<void>;
}

export function newDraftId(): string {
  return crypto.randomUUID();
}

export function emptyDraft(now = Date.now()): Draft {
  return { id: newDraftId(), answers: {}, updatedAt: now };
}

export function withAnswer(draft: Draft, questionId: string, value: AnswerValue | undefined, now = Date.now()): Draft {
  const answers = { ...draft.answers };
  if (value === undefined) delete answers[questionId];
  else answers[questionId] = value;
  return { ...draft, answers, updatedAt: now };
}

export class MemoryDraftStore implements DraftStore {
  private draft: Draft | null = null;

  async load(): Promise<Draft> {
    this.draft ??= emptyDraft();
    return structuredClone(this.draft);
  }

  async saveAnswer(questionId: string, value: AnswerValue | undefined): Promise<Draft> {
    this.draft = withAnswer(await this.load(), questionId, value);
    return structuredClone(this.draft);
  }

  async markSubmitted(at: number): Promise<Draft> {
    this.draft = { ...(await this.load()), submittedAt: at };
    return structuredClone(this.draft);
  }

  async clear(): Promise<void> {
    this.draft = null;
  }
}
