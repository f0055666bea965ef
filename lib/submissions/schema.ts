// The exported sent file, the contract with agency systems: one zod schema, and the JSON Schema generated from it.
import { z } from "zod";
import { HELPER_ROLES, VIA } from "@/lib/handoff/protocol";
import { locales } from "@/lib/i18n/settings";
import { QUESTIONNAIRE_VERSION, questionnaire } from "@/lib/questionnaire/definition";
import { answerTypeOf } from "@/lib/questionnaire/answerTypes";
import { helpedInThisQuestionnaire, sentInThisQuestionnaire } from "@/lib/questionnaire/earlier";
import { withDeferredTopics } from "@/lib/questionnaire/engine";
import { schemaFor } from "@/lib/questionnaire/schemas";
import type { AnswerValue } from "@/lib/questionnaire/types";
import { REFERENCE_PATTERN, agencySchema } from "./protocol";

/**
 * Raised on any change an agency system could trip over: a field removed or renamed, a new questionnaire
 * version (answer sets and question ids are part of this contract). Adding an optional field keeps it.
 */
export const EXPORT_SCHEMA_VERSION = 3;
const SUBMISSION_SCHEMA_PATH = "/api/v1/schema/submission.json";


/** A copy of an answer type's schema (shared with the browser, built with zod/mini) with its description. */
function described(schema: z.core.$ZodType, description: string): z.core.$ZodType {
  const copy = z.core.clone(schema);
  z.globalRegistry.add(copy, { description });
  return copy;
}

const DESCRIPTIONS: Record<string, string> = {
  "education-level": "France Travail education level code (AFS, CP4, CFG, C3A, C12, NV5 to NV1).",
  "help-needs": "Needs asked for, as N<code> (codes 1 to 21 of the diagnostic; there is no 7).",
  strengths: "Needs the person marks as a strength, as N<code>. A need in neither list was not explored.",
  "difficulty-topics":
    "The topics of 'what can make things harder' the person chose; only their questions are asked. NON_ABORDEE here (all kept for the interview) is also written as NON_ABORDEE on each topic's questions.",
};

const answersSchema = z
  .strictObject(
    // The fields each answer writes (most answers one, under the question's id; the needs two lists), each in the
    // shape of the answer as stored, without the form's error messages or preprocessing: what a consumer reads.
    Object.fromEntries(
      questionnaire.questions.flatMap((q) =>
        Object.entries(answerTypeOf(q).exportFields(q)).map(([field, base]) => {
          const description = DESCRIPTIONS[field];
          return [field, z.optional(description ? described(base, description) : base)];
        }),
      ),
    ),
  )
  .meta({
    description:
      "The answers sent, by question id; questions not asked or left blank are absent. NON_ABORDEE: the person prefers to talk about it at the interview.",
  });

const exportedSubmissionSchema = z
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

/** One page of the agency's files (GET /api/v1/agency/submissions). */
export interface ExportedList {
  submissions: ExportedSubmission[];
  /** Cursor to pass as ?since= for the files sent after these. */
  next: string;
  hasMore: boolean;
}

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
  // "I'll talk about all of this at the interview" is NON_ABORDEE on every topic, in DOMAIN.md's codes.
  // A file sent before an update in this questionnaire's questions (issue 14 merged has-address and vehicle).
  const answers: Record<string, unknown> = withDeferredTopics(questionnaire, sentInThisQuestionnaire(file.answers) as Record<string, AnswerValue>);
  // Each answer in its export fields. An answer in an older questionnaire's shape (the needs as a list, with the
  // strengths beside them) is already in them, and stays as it is.
  for (const question of questionnaire.questions) {
    const value = answers[question.id];
    if (value === undefined || !schemaFor(question).safeParse(value).success) continue;
    delete answers[question.id];
    Object.assign(answers, answerTypeOf(question).exported(question, value as AnswerValue));
  }
  return exportedSubmissionSchema.parse({ schemaVersion: EXPORT_SCHEMA_VERSION, ...file, answers, helped: helpedInThisQuestionnaire(file.helped, file.answers) });
}
