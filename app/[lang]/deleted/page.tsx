// After "Delete my file": what was erased, and that other devices may still hold a copy.
import Link from "next/link";
import { PageListen } from "@/components/readAloud/PageListen";
import { titleFrom } from "@/lib/i18n/metadata";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";

type Params = { params: Promise<{ lang: string }> };

export const generateMetadata = titleFrom("deletion.doneTitle");

export default async function DeletedPage({ params }: Params) {
  const lang = (await params).lang as Locale;
  const t = getT(lang);
  return (
    <>
      <h1>{t("deletion.doneTitle")}</h1>
      <PageListen />
      <p className="lead" role="status">
        {t("deletion.doneText")}
      </p>
      <p>{t("deletion.otherDevices")}</p>
      <p>
        <Link href={`/${lang}`}>{t("myFile.backToStart")}</Link>
      </p>
    </>
  );
}
