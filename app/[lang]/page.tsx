// Before you start: what the file is for, how long it takes, what helps, and that nothing is scored.
import Link from "next/link";
import { Glossary } from "@/components/glossary/Glossary";
import { DeleteMyFile } from "@/components/deletion/DeleteMyFile";
import { StartActions } from "@/components/journey/StartActions";
import { titleFrom } from "@/lib/i18n/metadata";
import { getI18n } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { pageGlossary } from "@/lib/questionnaire/glossary";
import { questionnaire } from "@/lib/questionnaire/definition";
import { minutesLeft, questionWords } from "@/lib/questionnaire/duration";
import { PageListen } from "@/components/readAloud/PageListen";
import { AutoReadSetting } from "@/components/readAloud/AutoReadSetting";
import { FrenchTerms } from "@/components/i18n/FrenchTerms";
import { KEEP_FRENCH_MARKS } from "@/lib/i18n/frenchTerms";

type Params = { params: Promise<{ lang: string }> };

export const generateMetadata = titleFrom("start.title");

export default async function StartPage({ params }: Params) {
  const lang = (await params).lang as Locale;
  const i18n = getI18n(lang);
  const t = i18n.t;
  // From the shortest path to the longest, timed with a slow reader's speed on this language's texts.
  const text = (key: string) => (i18n.exists(`questionnaire:${key}`) ? t(`questionnaire:${key}`) : undefined);
  const duration = minutesLeft(questionnaire, {}, (question) => questionWords(question, text));
  return (
    <>
      <h1>{t("start.title")}</h1>
      <PageListen />
      <p className="lead">{t("start.intro")}</p>
      <ul className="list">
        <li>{t("start.duration", { min: duration.min, max: duration.max })}</li>
        <li>{t("start.notScored")}</li>
        <li>{t("start.optionalTopics")}</li>
        <li>{t("start.savedOnDevice")}</li>
      </ul>
      <h2>{t("start.atHandTitle")}</h2>
      <ul className="list list--bullet">
        {(["id", "vitale", "cv", "lastJob"] as const).map((item) => (
          <li key={item}>
            <FrenchTerms text={t(`start.atHand.${item}`, KEEP_FRENCH_MARKS)} />
          </li>
        ))}
      </ul>
      <Glossary terms={pageGlossary.start} />
      <p>{t("start.help")}</p>
      <AutoReadSetting />
      <StartActions />
      <p>
        <Link prefetch={false} href={`/${lang}/resume`}>{t("resume.linkFromStart")}</Link>
      </p>
      <p>
        <Link prefetch={false} href={`/${lang}/privacy`}>{t("privacy:startLink")}</Link>
      </p>
      <DeleteMyFile />
    </>
  );
}
