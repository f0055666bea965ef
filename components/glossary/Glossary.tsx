"use client";
// The administration's words used on this screen, explained in plain language. A native disclosure: it opens with a
// tap, Enter or Space, screen readers announce it expanded or collapsed, and nothing hides on hover or on a timer.
// Read-aloud always says which words are explained (the summary), and their meaning once the person opens it. The
// words are French in every language: each is marked lang="fr", in the summary too; French terms in a meaning as well.
import { useTranslation } from "@/components/i18n/useTranslation";
import { FrenchTerms } from "@/components/i18n/FrenchTerms";
import { KEEP_FRENCH_MARKS } from "@/lib/i18n/frenchTerms";
import { glossaryMeaningKey, glossaryTermKey } from "@/lib/questionnaire/glossary";

export function Glossary({ terms }: { terms: readonly string[] | undefined }) {
  const { t } = useTranslation("glossary");
  if (!terms || terms.length === 0) return null;
  const words = terms.map((id) => t(glossaryTermKey(id)));
  return (
    <details className="details glossary">
      <summary data-read-aloud="always">
        <FrenchTerms text={t("summary", { words: words.map((word) => `<fr>${word}</fr>`).join(", "), ...KEEP_FRENCH_MARKS })} />
      </summary>
      <dl className="glossary__list">
        {terms.map((id, index) => (
          <div key={id} className="glossary__entry">
            <dt lang="fr" data-read-aloud>{words[index]}</dt>
            <dd data-read-aloud>
              <FrenchTerms text={t(glossaryMeaningKey(id), KEEP_FRENCH_MARKS)} />
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
