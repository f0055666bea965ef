"use client";
// "Your file was sent on <date> to <agency>", from what this device kept of the send, offline too.
import Link from "next/link";
import { useTranslation } from "@/components/i18n/useTranslation";
import type { SentRecord } from "@/lib/drafts/store";
import { myFileHref, sentDay } from "./sentFormat";

export function sentSentence(t: (key: string, options?: Record<string, unknown>) => string, sent: SentRecord, lang: string): string {
  const params = { date: sentDay(sent.sentAt, lang), agency: sent.agency.name, version: sent.version };
  return sent.version > 1 ? t("sent.noticeCorrected", params) : t("sent.notice", params);
}

/** `link`: offer "See my file" under the sentence. */
export function SentNotice({ sent, link = true }: { sent: SentRecord; link?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="sent-notice">
      <p className="sent-notice__text">{sentSentence(t, sent, i18n.language)}</p>
      {link && (
        <p>
          <Link className="button" href={myFileHref(i18n.language)}>
            {t("sent.seeMyFile")}
          </Link>
        </p>
      )}
    </div>
  );
}
