// The bar on signed-in agency pages: where to go, who is signed in, and signing out (a plain form: works without script).
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { StaffMember } from "@/lib/server/staff";
import { agencyPath, SIGN_OUT_URL } from "@/lib/staff/protocol";
import styles from "./Staff.module.css";

export function StaffBar({ lang, staff, current }: { lang: Locale; staff: StaffMember; current: "inbox" | "admin" | "file" }) {
  const t = getT(lang);
  return (
    <div className={styles.bar}>
      <nav aria-label={t("staff:nav.label")}>
        <ul>
          <li>
            <a href={agencyPath(lang)} aria-current={current === "inbox" ? "page" : undefined}>
              {t("staff:nav.inbox")}
            </a>
          </li>
          {staff.role === "admin" && (
            <li>
              <a href={agencyPath(lang, "admin")} aria-current={current === "admin" ? "page" : undefined}>
                {t("staff:nav.admin")}
              </a>
            </li>
          )}
        </ul>
      </nav>
      <p className={styles.who}>{t("staff:nav.signedInAs", { name: staff.name, agency: staff.agencyName })}</p>
      <form className={styles.signOut} method="post" action={`${SIGN_OUT_URL}?lang=${lang}`}>
        <button type="submit" className="button button--secondary button--small">
          {t("staff:nav.signOut")}
        </button>
      </form>
    </div>
  );
}
