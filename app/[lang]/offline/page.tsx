// Shown by the service worker for a page that is not on the device while there is no connection.
import Link from "next/link";
import { PageListen } from "@/components/readAloud/PageListen";
import { titleFrom } from "@/lib/i18n/metadata";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";

type Params = { params: Promise<{ lang: string }> };

export const generateMetadata = titleFrom("offline.title");

export default async function OfflinePage({ params }: Params) {
  const lang = (await params).lang as Locale;
  const t = getT(lang);
  return (
    <>
      <h1>{t("offline.title")}</h1>
      <PageListen />
      <p>{t("offline.body")}</p>
      <Link className="button" href={`/${lang}`}>
        {t("offline.back")}
      </Link>
    </>
  );
}
