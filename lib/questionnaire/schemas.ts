// One zod schema per question, built by its answer type (answerTypes/): the browser form and the server both
// validate with it. Error messages are translation keys of the "errors" namespace, never text.
import type * as z from "zod/mini";
import { answerTypeOf } from "./answerTypes";
import type { Question } from "./types";

export { choiceOptions, exclusiveOptions } from "./answerTypes/choice";
export { parseNumber } from "./answerTypes/number";
export { isEmptyAnswer } from "./empty";

export interface SchemaOptions {
  /** Injected clock so tests and the server agree on "today". */
  today?: () => Date;
}

// The engine checks every asked question on each render (may-visit, first incomplete), and the server on each
// change: build each question's schema once. Dates read the clock at parse time, so a cached schema stays right.
const builtWithSystemClock = new WeakMap<Question, z.ZodMiniType>();

export function schemaFor(question: Question, options: SchemaOptions = {}): z.ZodMiniType {
  if (options.today) return buildSchema(question, options.today);
  let schema = builtWithSystemClock.get(question);
  if (!schema) {
    schema = buildSchema(question, () => new Date());
    builtWithSystemClock.set(question, schema);
  }
  return schema;
}

function buildSchema(question: Question, today: () => Date): z.ZodMiniType {
  return answerTypeOf(question).schema(question, today);
}
