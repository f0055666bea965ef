// The contract of POST /api/v1/submissions, shared by the browser and the route handler.
import { z } from "zod";

export const SUBMISSIONS_URL = "/api/v1/submissions";

/** Only the envelope here: the engine checks each answer against its own question's schema. */
export const submissionRequest = z
  .object({
    draftId: z.uuid(),
    consent: z.literal(true),
    answers: z.record(z.string().max(100), z.unknown()),
  })
  .strict();

export interface SubmissionRejected {
  error: string;
  problems?: Array<{ question: string; error: string }>;
}
