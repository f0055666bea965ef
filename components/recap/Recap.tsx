// The counsellor's recap of one sent file, on screen and on at most two printed A4 pages; no client JavaScript.
import { FrenchTerms } from "@/components/i18n/FrenchTerms";
import { KEEP_FRENCH_MARKS } from "@/lib/i18n/frenchTerms";
import { buildRecap, readableAnswers, type Recap as RecapModel, type RecapSectionId } from "@/lib/recap/recap";
import type { Locale } from "@/lib/i18n/settings";
import type { SentFile } from "@/lib/server/submissions";
import { Rows } from "./Answer";
import { Constraints } from "./Constraints";
import { formatSentAt, recapContext, type RecapContext } from "./context";
import { helpedInThisQuestionnaire } from "@/lib/questionnaire/earlier";
import { FreeText } from "./FreeText";
import { Helpers } from "./Helpers";
import { Needs } from "./Needs";
import { RecapHeader } from "./RecapHeader";
import styles from "./Recap.module.css";

export function Recap({ file, lang }: { file: SentFile; lang: Locale }) {
  const x = recapContext(lang, file.lang);
  const recap = buildRecap(readableAnswers(file.answers), helpedInThisQuestionnaire(file.helped, file.answers));
  return (
    <article className={styles.recap} aria-labelledby="recap-title">
      <RecapHeader file={file} recap={recap} sentAt={formatSentAt(file.sentAt, lang)} x={x} />

      {/* First what the person chose to say and to keep for the interview: it shapes the whole conversation. */}
      <section className={`${styles.section} ${styles.first}`} aria-labelledby="recap-first">
        <h2 id="recap-first">{x.t("first.title")}</h2>
        <h3>{x.t("first.message")}</h3>
        {recap.message ? <FreeText text={recap.message} x={x} /> : <p className={styles.muted}>{x.t("first.noMessage")}</p>}
        <h3>{x.t("first.toDiscuss")}</h3>
        {recap.toDiscuss.length > 0 ? (
          <ul className={styles.codeList}>
            {recap.toDiscuss.map((topic) => (
              <li key={topic.topic}>
                {topic.code && <code className={styles.code}>{topic.code}</code>} <FrenchTerms text={x.t(`topics.${topic.topic}`, KEEP_FRENCH_MARKS)} />
              </li>
            ))}
          </ul>
        ) : (
          <p className={styles.muted}>{x.t("first.nothingToDiscuss")}</p>
        )}
      </section>

      <div className={styles.columns}>
        <RowsSection id="situation" recap={recap} x={x} />
        <RowsSection id="training" recap={recap} x={x} />
        <RowsSection id="experience" recap={recap} x={x} />
        <RowsSection id="job-wanted" recap={recap} x={x} />
      </div>
      <Needs needs={recap.needs} x={x} />
      <Constraints constraints={recap.constraints} other={recap.otherDifficulties} x={x} />
      <div className={styles.columns}>
        <RowsSection id="contact" recap={recap} x={x} />
        <section className={styles.section} aria-labelledby="recap-interview">
          <h2 id="recap-interview">{x.t("sections.interview")}</h2>
          <dl className={styles.rows}>
            <div className={styles.row}>
              <dt>{x.t("interpreter.label")}</dt>
              <dd>{recap.interpreter === "to-discuss" ? x.t("toDiscuss") : x.t(`interpreter.${recap.interpreter}`)}</dd>
            </div>
          </dl>
          <Rows rows={recap.sections.find((s) => s.id === "interview")?.rows ?? []} x={x} />
        </section>
      </div>
      <Helpers helpers={recap.helpers} x={x} />
      <p className={styles.muted}>{x.t("noScore")}</p>
    </article>
  );
}

function RowsSection({ id, recap, x }: { id: Exclude<RecapSectionId, "interview">; recap: RecapModel; x: RecapContext }) {
  const rows = recap.sections.find((s) => s.id === id)?.rows ?? [];
  if (rows.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby={`recap-${id}`}>
      <h2 id={`recap-${id}`}>{x.t(`sections.${id}`)}</h2>
      <Rows rows={rows} x={x} />
    </section>
  );
}
