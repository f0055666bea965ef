// The ids that tie a question's label, hint, error and controls together (aria-describedby, error summary links).
// The screen's own question has the plain ones; a question asked under it on the same screen (a follow-up, issue
// 14) has them with its id in front, so two answers never share an id.
import { createContext, useContext } from "react";

export interface FieldIds {
  /** The answer's first control: what its label and the error summary point to. */
  readonly answer: string;
  readonly hint: string;
  readonly error: string;
  /** Another control or text of the answer: a date's day, an option, "I have none". */
  part(part: string): string;
  /** The screen's own question, whose label is the page heading; false for a follow-up asked under it. */
  readonly heading: boolean;
}

export function fieldIds(followUp?: string): FieldIds {
  const answer = followUp === undefined ? "answer" : `${followUp}-answer`;
  return { answer, hint: `${answer}-hint`, error: `${answer}-error`, part: (part) => `${answer}-${part}`, heading: followUp === undefined };
}

/** The ids of the answer being drawn: the screen's own question unless a follow-up says otherwise. */
export const FieldIdsContext = createContext<FieldIds>(fieldIds());
export const useFieldIds = () => useContext(FieldIdsContext);

export function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const joined = ids.filter(Boolean).join(" ");
  return joined === "" ? undefined : joined;
}
