// The agency's export API keys: which exist, since when, which are revoked; and creating one.
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { ApiKeySummary } from "@/lib/server/apiKeys";
import { formatDate } from "@/lib/staff/format";
import { ApiKeyForm } from "./ApiKeyForm";
import { RevokeButton } from "./RevokeButton";
import styles from "./Staff.module.css";

export function ApiKeysSection({ lang, agency, keys }: { lang: Locale; agency: string; keys: ApiKeySummary[] }) {
  const t = getT(lang);
  return (
    <section className={styles.section} aria-labelledby="keys-title">
      <h2 id="keys-title">{t("staff:admin.keys.title")}</h2>
      <p>{t("staff:admin.keys.intro")}</p>
      {keys.length === 0 ? (
        <p>{t("staff:admin.keys.empty")}</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption>{t("staff:admin.keys.caption", { agency })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("staff:admin.keys.name")}</th>
                <th scope="col">{t("staff:admin.keys.createdAt")}</th>
                <th scope="col">{t("staff:admin.keys.state")}</th>
                <th scope="col">{t("staff:admin.keys.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {keys.map((key) => (
                <tr key={key.id}>
                  <th scope="row">{key.name}</th>
                  <td>{formatDate(key.createdAt, lang)}</td>
                  <td>{key.revokedAt ? t("staff:admin.keys.revokedOn", { date: formatDate(key.revokedAt, lang) }) : t("staff:admin.keys.active")}</td>
                  <td>
                    {!key.revokedAt && (
                      <RevokeButton kind="key" id={key.id} label={t("staff:admin.keys.revoke", { name: key.name })} done={t("staff:admin.keys.revoked", { name: key.name })} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ApiKeyForm />
    </section>
  );
}
