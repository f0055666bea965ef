// The privacy notice: what Relais keeps, where, for how long, who sees it, and how the person uses their rights.
import { PrivacyNotice } from "@/components/privacy/PrivacyNotice";
import { titleFrom } from "@/lib/i18n/metadata";
import type { Locale } from "@/lib/i18n/settings";
import { PageListen } from "@/components/readAloud/PageListen";

type Params = { params: Promise<{ lang: string }> };

export const generateMetadata = titleFrom("privacy:title");

export default async function PrivacyPage({ params }: Params) {
  return (
    <>
      <PageListen />
      <PrivacyNotice lang={(await params).lang as Locale} />
    </>
  );
}
