// What happens next: the proof of sending, the mandatory interview, the engagement contract and the documents to bring.
import { Glossary } from "@/components/glossary/Glossary";
import { StartOverButton } from "@/components/journey/StartOverButton";
import { KioskAfterSend } from "@/components/kiosk/KioskAfterSend";
import { SentConfirmation } from "@/components/myFile/SentConfirmation";
import { WhatToBring } from "@/components/myFile/WhatToBring";
import { titleFrom } from "@/lib/i18n/metadata";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { pageGlossary } from "@/lib/questionnaire/glossary";
import { PageListen } from "@/components/readAloud/PageListen";
import { FrenchTerms } from "@/components/i18n/FrenchTerms";
import { KEEP_FRENCH_MARKS } from "@/lib/i18n/frenchTerms";

type Params = { params: Promise<{ lang: string }> };

export const generateMetadata = titleFrom("confirmation.title");

export default async function ConfirmationPage({ params }: Params) {
  const t = getT((await params).lang as Locale);
  return (
    <>
      <div className="panel">
        <h1>{t("confirmation.title")}</h1>
        <PageListen />
        <p>{t("confirmation.reference")}</p>
        <SentConfirmation />
        <KioskAfterSend />
      </div>
      <h2>{t("confirmation.nextTitle")}</h2>
      <p>{t("confirmation.interview")}</p>
      <p>
        <FrenchTerms text={t("confirmation.contract", KEEP_FRENCH_MARKS)} />
      </p>
      <WhatToBring />
      <Glossary terms={pageGlossary.confirmation} />
      <p>{t("confirmation.talkInPerson")}</p>
      <StartOverButton />
    </>
  );
}
