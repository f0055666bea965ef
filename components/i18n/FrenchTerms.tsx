// The one place French terms kept inside another language's text get lang="fr" (lib/i18n/frenchTerms.ts): pass it
// a text read with KEEP_FRENCH_MARKS. A text without marks comes out as it is.
import { Fragment } from "react";
import { frenchParts } from "@/lib/i18n/frenchTerms";

export function FrenchTerms({ text }: { text: string }) {
  return frenchParts(text).map((part, index) =>
    part.french ? (
      <span key={index} lang="fr">
        {part.text}
      </span>
    ) : (
      <Fragment key={index}>{part.text}</Fragment>
    ),
  );
}
