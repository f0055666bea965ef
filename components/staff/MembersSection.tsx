// The agency's members (counsellors can be revoked here, administrators only from the command line) and the invite form.
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { StaffListEntry } from "@/lib/server/staff";
import { InviteCounsellorForm } from "./InviteCounsellorForm";
import { RevokeButton } from "./RevokeButton";
import styles from "./Staff.module.css";

export function MembersSection({ lang, agency, members, selfId }: { lang: Locale; agency: string; members: StaffListEntry[]; selfId: string }) {
  const t = getT(lang);
  return (
    <section className={styles.section} aria-labelledby="members-title">
      <h2 id="members-title">{t("staff:admin.members.title")}</h2>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption>{t("staff:admin.members.caption", { agency })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("staff:admin.members.name")}</th>
              <th scope="col">{t("staff:admin.members.role")}</th>
              <th scope="col">{t("staff:admin.members.state")}</th>
              <th scope="col">{t("staff:admin.members.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.id}>
                <th scope="row">{member.name}</th>
                <td>{t(`staff:roles.${member.role}`)}</td>
                <td>{member.pending ? t("staff:admin.members.pending") : t("staff:admin.members.active")}</td>
                <td>
                  {member.role === "counsellor" && member.id !== selfId && (
                    <RevokeButton
                      kind="member"
                      id={member.id}
                      label={t("staff:admin.members.revoke", { name: member.name })}
                      done={t("staff:admin.members.revoked", { name: member.name })}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t("staff:admin.invite.title")}</h3>
      <InviteCounsellorForm />
    </section>
  );
}
