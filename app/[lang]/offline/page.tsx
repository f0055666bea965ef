// Shown by the service worker for a page that is not on the device while there is no connection.
import type { Metadata } from "next";
import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { isLocale, type Locale } from "@/lib/i18n/settings";

type Params = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const t = getT(lang);
  return { title: t("pageTitle", { title: t("offline.title") }) };
}

export default async function OfflinePage({ params }: Params) {
  const lang = (await params).lang as Locale;
  const t = getT(lang);
  return (
    <>
      <h1>{t("offline.title")}</h1>
      <p>{t("offline.body")}</p>
      <Link className="button" href={`/${lang}`}>
        {t("offline.back")}
      </Link>
    </>
  );
}
