// Accepting an invitation: the one-time token is in the fragment (#token=…), read by the browser only.
import { notFound } from "next/navigation";
import { InvitationAccept } from "@/components/staff/InvitationAccept";
import { titleFrom } from "@/lib/i18n/metadata";
import { getT } from "@/lib/i18n/server";
import { isLocale } from "@/lib/i18n/settings";

export const dynamic = "force-dynamic";
export const generateMetadata = titleFrom("staff:invitation.title");

export default async function InvitationPage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const t = getT(lang);
  return (
    <>
      <h1>{t("staff:invitation.title")}</h1>
      <InvitationAccept />
    </>
  );
}
