// The agency's inbox: its sent files, newest first (name, date, language, new or read), then those their person deleted. Signed-in staff only.
import { StaffBar } from "@/components/staff/StaffBar";
import { DeletedFiles } from "@/components/staff/DeletedFiles";
import { InboxTable } from "@/components/staff/InboxTable";
import { titleFrom } from "@/lib/i18n/metadata";
import { getT } from "@/lib/i18n/server";
import { isLocale } from "@/lib/i18n/settings";
import { requireStaff } from "@/lib/server/staffPages";
import { listTombstones } from "@/lib/server/deletion";
import { listInbox } from "@/lib/server/submissions";
import { notFound } from "next/navigation";

export const dynamic = "force-dynamic";
export const generateMetadata = titleFrom("staff:inbox.title");

export default async function InboxPage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const { db, staff } = await requireStaff(lang);
  const t = getT(lang);
  return (
    <>
      <StaffBar lang={lang} staff={staff} current="inbox" />
      <h1>{t("staff:inbox.title")}</h1>
      <InboxTable lang={lang} agency={staff.agencyName} entries={await listInbox(db, staff.agencyId)} />
      <DeletedFiles lang={lang} tombstones={await listTombstones(db, staff.agencyId)} />
    </>
  );
}
