// The top of the recap: whose file, its reference and version, when and to which agency it was sent.
import type { Recap } from "@/lib/recap/recap";
import type { SentFile } from "@/lib/server/submissions";
import type { RecapContext } from "./context";
import styles from "./Recap.module.css";

export function RecapHeader({ file, recap, sentAt, x }: { file: SentFile; recap: Recap; sentAt: string; x: RecapContext }) {
  return (
    <header className={styles.header}>
      <p className={styles.kicker}>{x.t("kicker")}</p>
      <h1 id="recap-title">
        <bdi lang={x.personLang}>
          {recap.firstName} {recap.lastName}
        </bdi>
      </h1>
      <dl className={styles.facts}>
        <div>
          <dt>{x.t("reference")}</dt>
          <dd>
            <code className={styles.reference}>{file.reference}</code>
          </dd>
        </div>
        <div>
          <dt>{x.t("version")}</dt>
          <dd>
            {file.version}
            {file.version > 1 && <span className={styles.context}>{x.t("earlierVersion")}</span>}
          </dd>
        </div>
        <div>
          <dt>{x.t("sentAt")}</dt>
          <dd>{sentAt}</dd>
        </div>
        <div>
          <dt>{x.t("agency")}</dt>
          <dd>
            {file.agency.name}, {file.agency.postcode} {file.agency.town}
          </dd>
        </div>
        <div>
          <dt>{x.t("fileLanguage")}</dt>
          <dd>{x.personLanguageName}</dd>
        </div>
        {recap.fillingMode && (
          <div>
            <dt>{x.t("fillingMode")}</dt>
            <dd>{x.t(`filling.${recap.fillingMode}`)}</dd>
          </div>
        )}
      </dl>
    </header>
  );
}
