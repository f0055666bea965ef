"use client";
// The papers to bring to the interview: the same list after sending and in the person's copy.
import { useTranslation } from "@/components/i18n/useTranslation";
import { FrenchTerms } from "@/components/i18n/FrenchTerms";
import { KEEP_FRENCH_MARKS } from "@/lib/i18n/frenchTerms";

const ITEMS = ["id", "cv", "bank", "employer"] as const;

export function WhatToBring({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby="bring-title" className="what-to-bring">
      <Heading id="bring-title">{t("confirmation.bringTitle")}</Heading>
      <ul className="list list--bullet">
        {ITEMS.map((item) => (
          <li key={item}>
            <FrenchTerms text={t(`confirmation.bring.${item}`, KEEP_FRENCH_MARKS)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
