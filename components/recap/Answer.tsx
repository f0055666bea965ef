// One answer of the recap in the counsellor's words: option labels with their codes, dates, jobs with ROME codes.
import { FrenchTerms } from "@/components/i18n/FrenchTerms";
import { KEEP_FRENCH_MARKS, keepingFrenchMarks } from "@/lib/i18n/frenchTerms";
import { formatAnswer } from "@/lib/questionnaire/format";
import { columnKey, jobKey, noneKey, optionKey } from "@/lib/questionnaire/keys";
import type { RecapRow } from "@/lib/recap/recap";
import type { RecapContext } from "./context";
import { FreeText, ToDiscuss } from "./FreeText";
import styles from "./Recap.module.css";

function Answer({ row, x }: { row: RecapRow; x: RecapContext }) {
  const { question, value } = row;
  switch (value.kind) {
    case "to-discuss":
      return <ToDiscuss x={x} />;
    case "options":
      return (
        <span className={styles.items}>
          {value.codes.map((code) => (
            <span className={styles.item} key={code}>
              {value.coded && <code className={styles.code}>{code}</code>} <FrenchTerms text={x.tq(optionKey(question, code), KEEP_FRENCH_MARKS)} />
            </span>
          ))}
        </span>
      );
    case "text":
      // Names, phone numbers and e-mails are typed too: <bdi> keeps a right-to-left name from reordering its label.
      return value.free ? <FreeText text={value.text} x={x} /> : <bdi>{value.text}</bdi>;
    case "none":
      // "I have no stable address": DOMAIN.md's code the counsellor knows, with what the person ticked.
      return (
        <span className={styles.item}>
          <code className={styles.code}>{value.code}</code> <FrenchTerms text={x.tq(noneKey(question), KEEP_FRENCH_MARKS)} />
        </span>
      );
    case "date":
      return <>{formatAnswer(question, value.value, x.tq, x.lang, "")[0]}</>;
    case "number":
      return <FrenchTerms text={formatAnswer(question, value.value, keepingFrenchMarks(x.tq), x.lang, "")[0] ?? ""} />;
    case "marks":
      return (
        <span className={styles.items}>
          {value.marks.map(({ item, column }) => (
            <span className={styles.item} key={item}>
              <FrenchTerms text={x.tq(optionKey(question, item), KEEP_FRENCH_MARKS)} /> — {x.tq(columnKey(question, column))}
            </span>
          ))}
        </span>
      );
    case "jobs":
      if (value.unsure) return <>{x.t("jobUnsure")}</>;
      return (
        <>
          <span className={styles.items}>
            {value.jobs.map((job, i) => (
              <span className={styles.item} key={i}>
                {"rome" in job ? (
                  <>
                    <code className={styles.code}>{job.rome}</code> <FrenchTerms text={x.tq(jobKey(job.rome), KEEP_FRENCH_MARKS)} />
                  </>
                ) : (
                  <span lang={x.personLang} dir="auto">
                    {job.text}
                  </span>
                )}
              </span>
            ))}
          </span>
          {/* Named once for the row: a note after each typed job would crowd the page. */}
          {value.jobs.some((job) => "text" in job) && <span className={styles.freeLang}>{x.t("writtenIn", { language: x.personLanguageName })}</span>}
        </>
      );
  }
}

/** Answers as label and value pairs, in the questionnaire's order. */
export function Rows({ rows, x }: { rows: RecapRow[]; x: RecapContext }) {
  return (
    <dl className={styles.rows}>
      {rows.map((row) => (
        <div className={styles.row} key={row.question.id}>
          <dt>
            <FrenchTerms text={x.t(`fields.${row.question.id}`, KEEP_FRENCH_MARKS)} />
          </dt>
          <dd>
            <Answer row={row} x={x} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
