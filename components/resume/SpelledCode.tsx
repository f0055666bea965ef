// A resume or join code on screen: grouped for the eye (XXXX-XXXX-XXXX), and spelled one character at a time for
// screen readers and read-aloud, so "7K3M" is neither read as a number nor guessed as a word. No `lang`: a code is
// no word of any language (it was marked English, which switched screen readers to an English voice mid-page).
import { formatResumeCode } from "@/lib/drafts/protocol";

/** "7K3M-9QXA" → "7 K 3 M, 9 Q X A": a pause between groups, each character said alone. */
function spellCode(code: string): string {
  return formatResumeCode(code)
    .split("-")
    .map((group) => [...group].join(" "))
    .join(", ");
}

export function SpelledCode({ code }: { code: string }) {
  const spelled = spellCode(code);
  return (
    <p className="resume-code__value" dir="ltr" data-read-aloud-text={spelled}>
      <span aria-hidden="true">{formatResumeCode(code)}</span>
      <span className="visually-hidden">{spelled}</span>
    </p>
  );
}
