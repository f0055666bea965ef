// What can make things harder: constraint codes 23–29 with the situations reported, and what is kept for the interview.
import { FrenchTerms } from "@/components/i18n/FrenchTerms";
import { KEEP_FRENCH_MARKS } from "@/lib/i18n/frenchTerms";
import { findQuestion } from "@/lib/questionnaire/engine";
import { questionnaire } from "@/lib/questionnaire/definition";
import { optionKey } from "@/lib/questionnaire/keys";
import type { ChosenOption, ConstraintRecap, RecapRow } from "@/lib/recap/recap";
import { Rows } from "./Answer";
import type { RecapContext } from "./context";
import { ToDiscuss } from "./FreeText";
import styles from "./Recap.module.css";

/** With its <fr> marks, for FrenchTerms. */
function optionLabel(chosen: ChosenOption, x: RecapContext) {
  const question = findQuestion(questionnaire, chosen.question);
  return question ? x.tq(optionKey(question, chosen.option), KEEP_FRENCH_MARKS) : chosen.option;
}

function Constraint({ constraint, x }: { constraint: ConstraintRecap; x: RecapContext }) {
  const { situations, context } = constraint;
  return (
    <div className={styles.row}>
      <dt>
        {constraint.code && <code className={styles.code}>{constraint.code}</code>} <FrenchTerms text={x.t(`topics.${constraint.topic}`, KEEP_FRENCH_MARKS)} />
      </dt>
      <dd>
        <span className={styles.items}>
          {situations.map((s) => (
            <span className={styles.item} key={`${s.question}.${s.option}`}>
              <FrenchTerms text={optionLabel(s, x)} />
            </span>
          ))}
          {constraint.toDiscuss && (
            <span className={styles.item}>
              <ToDiscuss x={x} />
            </span>
          )}
          {constraint.nothingReported && <span className={styles.item}>{x.t("constraint.nothingReported")}</span>}
          {!constraint.answered && <span className={styles.muted}>{x.t("constraint.notAnswered")}</span>}
        </span>
        {context.length > 0 && (
          <span className={styles.context}>
            <FrenchTerms text={x.t("constraint.context", { items: context.map((c) => optionLabel(c, x)).join(" · "), ...KEEP_FRENCH_MARKS })} />
          </span>
        )}
      </dd>
    </div>
  );
}

export function Constraints({ constraints, other, x }: { constraints: ConstraintRecap[]; other: RecapRow[]; x: RecapContext }) {
  return (
    <section className={styles.section} aria-labelledby="recap-constraints">
      <h2 id="recap-constraints">{x.t("sections.constraints")}</h2>
      <dl className={styles.rows}>
        {constraints.map((constraint) => (
          <Constraint key={constraint.topic} constraint={constraint} x={x} />
        ))}
      </dl>
      {other.length > 0 && <Rows rows={other} x={x} />}
    </section>
  );
}
