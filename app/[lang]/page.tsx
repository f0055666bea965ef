// Before you start: what the file is for, how long it takes, what helps, and that nothing is scored.
import Link from "next/link";
import { Glossary } from "@/components/glossary/Glossary";
import { StartActions } from "@/components/journey/StartActions";
import { titleFrom } from "@/lib/i18n/metadata";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { pageGlossary } from "@/lib/questionnaire/glossary";

type Params = { params: Promise<{ lang: string }> };

export const generateMetadata = titleFrom("start.title");

export default async function StartPage({ params }: Params) {
  const lang = (await params).lang as Locale;
  const t = getT(lang);
  return (
    <>
      <h1>{t("start.title")}</h1>
      <p className="lead">{t("start.intro")}</p>
      <ul className="list">
        <li>{t("start.duration")}</li>
        <li>{t("start.notScored")}</li>
        <li>{t("start.optionalTopics")}</li>
        <li>{t("start.savedOnDevice")}</li>
      </ul>
      <h2>{t("start.atHandTitle")}</h2>
      <ul className="list list--bullet">
        {(["id", "vitale", "cv", "lastJob"] as const).map((item) => (
          <li key={item}>{t(`start.atHand.${item}`)}</li>
        ))}
      </ul>
      <Glossary terms={pageGlossary.start} />
      <p>{t("start.help")}</p>
      <StartActions />
      <p>
        <Link href={`/${lang}/resume`}>{t("resume.linkFromStart")}</Link>
      </p>
    </>
  );
}
