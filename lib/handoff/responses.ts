// The shapes of the help API's answers, parsed by the browser before use (shared with the route handlers' types).
import * as z from "zod/mini";
import { authorSchema, VIA } from "./protocol";

export const helpJoined = z.strictObject({
  sessionId: z.uuid(),
  helperToken: z.string(),
});

export const answerLog = z.strictObject({
  log: z.array(
    z.object({
      questionId: z.string(),
      value: z.unknown(),
      /** A null value with nothing before it is an optional question passed over, not an answer taken back. */
      kind: z.enum(["answered", "cleared", "left-empty"]),
      author: authorSchema,
      via: z.enum(VIA),
      changedAt: z.number(),
    }),
  ),
});
export type AnswerLogEntry = z.infer<typeof answerLog>["log"][number];
