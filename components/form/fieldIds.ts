// The ids that tie a question's label, hint, error and controls together (aria-describedby, error summary links).
export const ANSWER_ID = "answer";
export const HINT_ID = "answer-hint";
export const ERROR_ID = "answer-error";

export const partId = (part: string) => `${ANSWER_ID}-${part}`;

export function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const joined = ids.filter(Boolean).join(" ");
  return joined === "" ? undefined : joined;
}
