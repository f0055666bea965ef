// The exported sent file, the contract with agency systems: one zod schema, and the JSON Schema generated from it.
import { z } from "zod";
import { HELPER_ROLES, VIA } from "@/lib/handoff/protocol";
import { locales } from "@/lib/i18n/settings";
import { QUESTIONNAIRE_VERSION, questionnaire } from "@/lib/questionnaire/definition";
import { choiceOptions } from "@/lib/questionnaire/schemas";
import type { Question } from "@/lib/questionnaire/types";
import { REFERENCE_PATTERN, agencySchema } from "./protocol";

/**
 * Raised on any change an agency system could trip over: a field removed or renamed, a new questionnaire
 * version (answer sets and question ids are part of this contract). Adding an optional field keeps it.
 */
export const EXPORT_SCHEMA_VERSION = 1;
export const SUBMISSION_SCHEMA_PATH = "/api/v1/schema/submission.json";
export const AGENCY_SUBMISSIONS_PATH = "/api/v1/agency/submissions";
export const agencySubmissionPath = (reference: string) => `${AGENCY_SUBMISSIONS_PATH}/${reference}`;

// The shape of each answer as stored, without the form's error messages or preprocessing: what a consumer reads.
function answerSchema(question: Question): z.ZodType {
  switch (question.type) {
    case "single":
    case "yesNo":
      return z.enum(choiceOptions(question) as [string, ...string[]]);
    case "multiple":
      return z.array(z.enum(choiceOptions(question) as [string, ...string[]])).min(1);
    case "text":
      return z.string().min(1).max(question.maxLength);
    case "date":
      return question.precision === "day"
        ? z.strictObject({ day: z.string().regex(/^\d{1,2}$/), month: z.string().regex(/^\d{1,2}$/), year: z.string().regex(/^\d{4}$/) })
        : z.strictObject({ day: z.string().optional(), month: z.string().regex(/^\d{1,2}$/), year: z.string().regex(/^\d{4}$/) });
    case "number":
      // As typed (a French decimal comma is kept): the person's value, not a float that could round it.
      return z.string().regex(/^\d+(?:[.,]\d+)?$/).meta({ description: `A number from ${question.min} to ${question.max}, as typed.` });
    case "jobSearch":
      return z.strictObject({
        jobs: z
          .array(
            z.union([
              z.strictObject({ rome: z.string().regex(/^[A-N]\d{4}$/).meta({ description: "ROME job code" }) }),
              z.strictObject({ text: z.string().min(1).max(100).meta({ description: "A job typed by the person, as typed" }) }),
            ]),
          )
          .max(question.maxJobs),
        unsure: z.boolean(),
      });
  }
}

const DESCRIPTIONS: Record<string, string> = {
  "education-level": "France Travail education level code (AFS, CP4, CFG, C3A, C12, NV5 to NV1).",
  "help-needs": "Needs asked for, as N<code> (codes 1 to 21 of the diagnostic; there is no 7).",
  strengths: "Needs the person marks as a strength, as N<code>.",
};

export const answersSchema = z
  .strictObject(
    Object.fromEntries(
      questionnaire.questions.map((q) => {
        const base = answerSchema(q);
        const described = DESCRIPTIONS[q.id] ? base.meta({ description: DESCRIPTIONS[q.id] }) : base;
        return [q.id, described.optional()];
      }),
    ),
  )
  .meta({
    description:
      "The answers sent, by question id; questions not asked or left blank are absent. NON_ABORDEE: the person prefers to talk about it at the interview.",
  });

export const exportedSubmissionSchema = z
  .strictObject({
    schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
    reference: z.string().regex(REFERENCE_PATTERN),
    version: z.number().int().min(1).meta({ description: "1 for the first sending; each correction sent again adds one." }),
    sentAt: z.iso.datetime(),
    lang: z.enum(locales).meta({ description: "The language the person filled the file in; free text is in it." }),
    questionnaireVersion: z.string().meta({ description: `The questionnaire the file answers; this schema describes ${QUESTIONNAIRE_VERSION}.` }),
    agency: agencySchema,
    answers: answersSchema,
    helped: z
      .record(z.string(), z.strictObject({ role: z.enum(HELPER_ROLES), name: z.string(), via: z.enum(VIA) }))
      .meta({ description: "Answers a helper entered last: who, their role, and from which device." }),
  })
  .meta({ title: "Relais sent file", description: `A pre-interview file sent to an agency (export schema version ${EXPORT_SCHEMA_VERSION}).` });

export type ExportedSubmission = z.infer<typeof exportedSubmissionSchema>;

export const exportedListSchema = z.strictObject({
  submissions: z.array(exportedSubmissionSchema),
  next: z.string().meta({ description: "Cursor to pass as ?since= for the files sent after these." }),
  hasMore: z.boolean(),
});
export type ExportedList = z.infer<typeof exportedListSchema>;

/** The JSON Schema (2020-12) of one exported file, identified by where it is served. */
export function submissionJsonSchema(origin: string): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(exportedSubmissionSchema, { target: "draft-2020-12" });
  return { $schema, $id: `${origin}${SUBMISSION_SCHEMA_PATH}`, ...rest };
}

/** What a stored file becomes in the export; parsing is the last check that nothing off-contract leaves. */
export function toExported(file: {
  reference: string;
  version: number;
  sentAt: string;
  lang: string;
  questionnaireVersion: string;
  agency: { id: string; name: string; town: string; postcode: string };
  answers: Record<string, unknown>;
  helped: Record<string, unknown>;
}): ExportedSubmission {
  return exportedSubmissionSchema.parse({ schemaVersion: EXPORT_SCHEMA_VERSION, ...file });
}
