// Which answers someone else entered, by whom and how: the counsellor knows whose words they are reading.
import { FrenchTerms } from "@/components/i18n/FrenchTerms";
import { KEEP_FRENCH_MARKS } from "@/lib/i18n/frenchTerms";
import type { Helper } from "@/lib/recap/recap";
import type { RecapContext } from "./context";
import styles from "./Recap.module.css";

export function Helpers({ helpers, x }: { helpers: Helper[]; x: RecapContext }) {
  return (
    <section className={styles.section} aria-labelledby="recap-helped">
      <h2 id="recap-helped">{x.t("sections.helped")}</h2>
      {helpers.length === 0 ? (
        <p>{x.t("helped.none")}</p>
      ) : (
        <>
          <ul className={styles.helpers}>
            {helpers.map((helper) => (
              <li key={`${helper.name}.${helper.role}.${helper.via}`}>
                <strong>
                  {x.t("helped.by", {
                    name: helper.name,
                    role: x.tc(`help.roles.${helper.role}`),
                    via: x.t(`helped.via.${helper.via}`),
                  })}
                </strong>
                <span className={styles.helped}><FrenchTerms text={helper.questions.map((id) => x.t(`fields.${id}`, KEEP_FRENCH_MARKS)).join(" · ")} /></span>
              </li>
            ))}
          </ul>
          <p className={styles.muted}>{x.t("helped.others")}</p>
        </>
      )}
    </section>
  );
}
