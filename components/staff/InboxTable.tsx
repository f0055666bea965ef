// The inbox as a table: one row per file (its latest version), in the order files arrived, nothing else.
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { InboxEntry } from "@/lib/server/submissions";
import { formatDateTime, languageName } from "@/lib/staff/format";
import { filePath } from "@/lib/staff/protocol";
import styles from "./Staff.module.css";

export function InboxTable({ lang, agency, entries }: { lang: Locale; agency: string; entries: InboxEntry[] }) {
  const t = getT(lang);
  if (entries.length === 0) return <p>{t("staff:inbox.empty")}</p>;
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption>{t("staff:inbox.caption", { agency })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("staff:inbox.name")}</th>
            <th scope="col">{t("staff:inbox.sentAt")}</th>
            <th scope="col">{t("staff:inbox.language")}</th>
            <th scope="col">{t("staff:inbox.status")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.reference}>
              <th scope="row">
                {/* The name as the person typed it, possibly in another script: bdi keeps its direction. */}
                <a href={filePath(lang, entry.reference)}>
                  <bdi lang={entry.lang}>
                    {entry.firstName} {entry.lastName}
                  </bdi>
                </a>
              </th>
              <td>
                {formatDateTime(entry.sentAt, lang)}
                {entry.version > 1 && <> ({t("staff:inbox.version", { version: entry.version })})</>}
              </td>
              <td>{languageName(entry.lang, lang)}</td>
              <td>{entry.read ? t("staff:inbox.read") : <strong className={styles.status}>{t("staff:inbox.new")}</strong>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
