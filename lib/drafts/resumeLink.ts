// The resume code a link carries in its fragment (`/fr/resume#code=K7PM3QRT9XWA`, from the QR code or a printed
// page): read without trusting it, since a link can be cut short, mistyped or made up, and a bad one must never
// stop the page from working.
import { RESUME_ALPHABET, RESUME_LENGTH, formatResumeCode, normaliseResumeCode } from "./protocol";

const codePattern = new RegExp(`^[${RESUME_ALPHABET}]{${RESUME_LENGTH}}$`);

/** Far more than any way of writing a code (12 characters, dashes, spaces, each percent-encoded): not read further. */
const MAX_ENCODED_LENGTH = 200;

/** Whether what a person typed is a well-formed resume code (whether it opens a file is the server's answer). */
export function isResumeCode(typed: string): boolean {
  return codePattern.test(normaliseResumeCode(typed));
}

export type LinkCode = { status: "none" } | { status: "valid"; code: string } | { status: "invalid" };

/** What the fragment (`location.hash`) says: no code, a well-formed one (grouped for reading), or a broken one. */
export function codeFromFragment(hash: string): LinkCode {
  const encoded = /(?:^|&)code=([^&]*)/.exec(hash.replace(/^#/, ""))?.[1];
  if (encoded === undefined) return { status: "none" };
  if (encoded.length > MAX_ENCODED_LENGTH) return { status: "invalid" };
  let decoded: string;
  try {
    // Throws URIError on malformed escapes (%E0%A4%A) and on encoded lone surrogates (%ED%A0%80).
    decoded = decodeURIComponent(encoded.replace(/\+/g, " "));
  } catch {
    return { status: "invalid" };
  }
  return isResumeCode(decoded) ? { status: "valid", code: formatResumeCode(normaliseResumeCode(decoded)) } : { status: "invalid" };
}
