"use client";
// The administration's words used on this screen, explained in plain language. A native disclosure: it opens with a
// tap, Enter or Space, screen readers announce it expanded or collapsed, and nothing hides on hover or on a timer.
import { useTranslation } from "react-i18next";
import { glossaryMeaningKey, glossaryTermKey } from "@/lib/questionnaire/glossary";

export function Glossary({ terms }: { terms: readonly string[] | undefined }) {
  const { t } = useTranslation("glossary");
  if (!terms || terms.length === 0) return null;
  const words = terms.map((id) => t(glossaryTermKey(id)));
  return (
    <details className="details glossary">
      <summary>{t("summary", { words: words.join(", ") })}</summary>
      <dl className="glossary__list">
        {terms.map((id, index) => (
          <div key={id} className="glossary__entry">
            <dt lang="fr">{words[index]}</dt>
            <dd>{t(glossaryMeaningKey(id))}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
