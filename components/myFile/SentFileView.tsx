"use client";
// The sent file as a document: reference, agency, date, who read it, the answers by section, what to bring.
// Printed, it is that document alone (myFile.module.css): no buttons, links or navigation.
import Link from "next/link";
import { DeleteMyFile } from "@/components/deletion/DeleteMyFile";
import { useTranslation } from "@/components/i18n/useTranslation";
import { AnswerSummary } from "@/components/check/AnswerSummary";
import type { SentRecord } from "@/lib/drafts/store";
import { helpedInThisQuestionnaire } from "@/lib/questionnaire/earlier";
import type { SentFile } from "@/lib/submissions/protocol";
import { CorrectButton } from "./CorrectButton";
import { ReadBy } from "./ReadBy";
import { Reference } from "./Reference";
import { sentSentence } from "./SentNotice";
import { answersOfSnapshot } from "./sentFormat";
import { WhatToBring } from "./WhatToBring";
import styles from "./myFile.module.css";

export function SentFileView({ file, kept }: { file: SentFile; kept?: SentRecord }) {
  const { t, i18n } = useTranslation();
  const sent: SentRecord = { reference: file.reference, version: file.version, sentAt: file.sentAt, agency: file.agency };
  return (
    <article className={styles.document} aria-labelledby="my-file-title">
      <h1 id="my-file-title">{t("myFile.title")}</h1>
      <Reference reference={file.reference} />
      <p>{sentSentence(t, sent, i18n.language)}</p>
      <p className={styles.address}>{t("myFile.agencyAddress", { name: file.agency.name, postcode: file.agency.postcode, town: file.agency.town })}</p>
      <ReadBy reads={file.reads} />
      <div className={`${styles.actions} no-print`}>
        <button type="button" className="button" onClick={() => window.print()}>
          {t("myFile.print")}
        </button>
        {kept?.correcting ? (
          <Link className="button button--secondary" href={`/${i18n.language}/check`}>
            {t("myFile.continueCorrecting")}
          </Link>
        ) : (
          <CorrectButton sent={sent} />
        )}
      </div>
      <h2 className={styles.answersTitle}>{t("myFile.answersTitle")}</h2>
      <div className={styles.answers}>
        <AnswerSummary answers={answersOfSnapshot(file.answers)} helped={helpedInThisQuestionnaire(file.helped, file.answers)} readOnly />
      </div>
      <WhatToBring />
      <DeleteMyFile />
      <p className="no-print standalone-link">
        <Link href={`/${i18n.language}`}>{t("myFile.backToStart")}</Link>
      </p>
    </article>
  );
}
