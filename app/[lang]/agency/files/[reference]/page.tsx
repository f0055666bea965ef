// One sent file for the interview: opening it is logged; another agency's file or an unknown reference is 404.
import { notFound } from "next/navigation";
import { Recap } from "@/components/recap/Recap";
import { StaffBar } from "@/components/staff/StaffBar";
import { titleFrom } from "@/lib/i18n/metadata";
import { isLocale } from "@/lib/i18n/settings";
import { requireStaff } from "@/lib/server/staffPages";
import { openSubmission } from "@/lib/server/submissions";
import { REFERENCE_PATTERN } from "@/lib/submissions/protocol";

export const dynamic = "force-dynamic";
// The title names the page, not the person: titles end up in history and tab lists of shared machines.
export const generateMetadata = titleFrom("recap:kicker");

export default async function FilePage({ params }: { params: Promise<{ lang: string; reference: string }> }) {
  const { lang, reference } = await params;
  if (!isLocale(lang)) notFound();
  const { db, staff } = await requireStaff(lang);
  if (!REFERENCE_PATTERN.test(reference)) notFound();
  const file = await openSubmission(db, staff.agencyId, reference, { kind: "staff", staffId: staff.id, name: staff.name, role: staff.role });
  if (!file) notFound();
  return (
    <>
      <StaffBar lang={lang} staff={staff} current="file" />
      <Recap file={file} lang={lang} />
    </>
  );
}
