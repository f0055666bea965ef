// Secrets are stored only as hashes: a copy of the database does not open anyone's draft.
import "server-only";
import { createHash, randomInt } from "node:crypto";
import { RESUME_ALPHABET, RESUME_LENGTH } from "@/lib/drafts/protocol";

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("base64url");
}

/** 12 characters drawn uniformly from 32 unambiguous symbols: 60 bits from the system's CSPRNG. */
export function newResumeCode(): string {
  let code = "";
  for (let i = 0; i < RESUME_LENGTH; i += 1) code += RESUME_ALPHABET[randomInt(RESUME_ALPHABET.length)];
  return code;
}
