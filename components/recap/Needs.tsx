// The 20 needs by their France Travail codes: those asked for, the person's strengths, and those not explored.
import { FrenchTerms } from "@/components/i18n/FrenchTerms";
import { KEEP_FRENCH_MARKS } from "@/lib/i18n/frenchTerms";
import { needOption } from "@/lib/recap/codes";
import type { NeedsRecap } from "@/lib/recap/recap";
import type { RecapContext } from "./context";
import styles from "./Recap.module.css";

function NeedList({ codes, x }: { codes: number[]; x: RecapContext }) {
  if (codes.length === 0) return <span className={styles.muted}>{x.t("needs.none")}</span>;
  return (
    <ul className={styles.codeList}>
      {codes.map((code) => (
        <li key={code}>
          <code className={styles.code}>{code}</code> <FrenchTerms text={x.tq(`needs.${needOption(code)}`, KEEP_FRENCH_MARKS)} />
        </li>
      ))}
    </ul>
  );
}

export function Needs({ needs, x }: { needs: NeedsRecap; x: RecapContext }) {
  return (
    <section className={styles.section} aria-labelledby="recap-needs">
      <h2 id="recap-needs">{x.t("sections.needs")}</h2>
      <dl className={styles.rows}>
        <div className={styles.row}>
          <dt>{x.t("needs.needs")}</dt>
          <dd>
            <NeedList codes={needs.needs} x={x} />
          </dd>
        </div>
        <div className={styles.row}>
          <dt>{x.t("needs.strengths")}</dt>
          <dd>
            <NeedList codes={needs.strengths} x={x} />
          </dd>
        </div>
        <div className={styles.row}>
          <dt>{x.t("needs.notExplored")}</dt>
          {/* Codes only: the counsellor knows them, and the full labels would not fit two pages. */}
          <dd>{needs.notExplored.length > 0 ? needs.notExplored.join(" · ") : x.t("needs.none")}</dd>
        </div>
      </dl>
    </section>
  );
}
