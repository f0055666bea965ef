"use client";
// Who at the agency opened the file, in plain words: the person sees every reading of their file.
import { useTranslation } from "@/components/i18n/useTranslation";
import type { SentFile } from "@/lib/submissions/protocol";
import { readDay } from "./sentFormat";

const READER_ROLES = new Set(["counsellor", "admin"]);

export function ReadBy({ reads }: { reads: SentFile["reads"] }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="read-by-title">
      <h2 id="read-by-title">{t("myFile.readTitle")}</h2>
      {reads.length === 0 ? (
        <p>{t("myFile.notRead")}</p>
      ) : (
        <ul className="list">
          {reads.map((read) => {
            const { date, time } = readDay(read.at, i18n.language);
            const role = READER_ROLES.has(read.role) ? t(`myFile.readers.${read.role}`) : read.role;
            return <li key={`${read.at}-${read.name}`}>{t("myFile.readBy", { name: read.name, role, agency: read.agency, date, time })}</li>;
          })}
        </ul>
      )}
    </section>
  );
}
