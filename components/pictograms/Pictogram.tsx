"use client";
// A pictogram beside an answer: an inline SVG drawn in the text colour (so it follows high-contrast and forced
// colours), with a text alternative in the page's language.
import { useTranslation } from "@/components/i18n/useTranslation";
import type { PictogramName } from "@/lib/questionnaire/pictograms";
import { drawings } from "./drawings";

export function Pictogram({ name }: { name: PictogramName }) {
  const { t } = useTranslation();
  return (
    <svg
      className="pictogram"
      viewBox="0 0 48 48"
      role="img"
      aria-label={t(`pictograms.${name}`)}
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth={2.5}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {drawings[name]}
    </svg>
  );
}
