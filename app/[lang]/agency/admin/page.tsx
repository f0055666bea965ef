// Administration of one agency (administrators only): its counsellors and its export API keys.
import { notFound } from "next/navigation";
import { ApiKeysSection } from "@/components/staff/ApiKeysSection";
import { MembersSection } from "@/components/staff/MembersSection";
import { StaffBar } from "@/components/staff/StaffBar";
import { titleFrom } from "@/lib/i18n/metadata";
import { getT } from "@/lib/i18n/server";
import { isLocale } from "@/lib/i18n/settings";
import { listApiKeys } from "@/lib/server/apiKeys";
import { listStaff } from "@/lib/server/staff";
import { requireStaff } from "@/lib/server/staffPages";

export const dynamic = "force-dynamic";
export const generateMetadata = titleFrom("staff:admin.title");

export default async function AdminPage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const { db, staff } = await requireStaff(lang, { admin: true });
  const t = getT(lang);
  const [members, keys] = await Promise.all([listStaff(db, staff.agencyId), listApiKeys(db, staff.agencyId)]);
  return (
    <>
      <StaffBar lang={lang} staff={staff} current="admin" />
      <h1>{t("staff:admin.title")}</h1>
      <MembersSection lang={lang} agency={staff.agencyName} members={members} selfId={staff.id} />
      <ApiKeysSection lang={lang} agency={staff.agencyName} keys={keys} />
    </>
  );
}
