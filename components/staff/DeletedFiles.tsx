// Sent files their person deleted: the reference and the date, so a counsellor who expected one knows why it is gone.
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { Tombstone } from "@/lib/server/deletion";
import { formatDateTime } from "@/lib/staff/format";

export function DeletedFiles({ lang, tombstones }: { lang: Locale; tombstones: Tombstone[] }) {
  if (tombstones.length === 0) return null;
  const t = getT(lang);
  return (
    <section aria-labelledby="deleted-files">
      <h2 id="deleted-files">{t("staff:inbox.deletedTitle")}</h2>
      <p>{t("staff:inbox.deletedIntro")}</p>
      <ul>
        {tombstones.map((tombstone) => (
          <li key={tombstone.reference}>
            {t("staff:inbox.deletedEntry", { reference: tombstone.reference, date: formatDateTime(tombstone.deletedAt, lang) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
