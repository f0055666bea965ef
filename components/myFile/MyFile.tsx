"use client";
// "My file": the sent file as the server keeps it, or a plain word on why it cannot be shown (no connection,
// nothing sent yet). Offline, what this device kept of the send still says where the file went.
import Link from "next/link";
import { useTranslation } from "react-i18next";
import { useDraft } from "@/components/draft/DraftProvider";
import { Loading } from "@/components/journey/Loading";
import { Reference } from "./Reference";
import { SentFileView } from "./SentFileView";
import { SentNotice } from "./SentNotice";
import { useSentFile } from "./useSentFile";

export function MyFile() {
  const { t, i18n } = useTranslation();
  const { state } = useDraft();
  const copy = useSentFile();
  const kept = state.status === "ready" ? state.draft.sent : undefined;
  if (state.status === "loading" || copy.status === "loading") return <Loading />;
  if (copy.status === "ready") return <SentFileView file={copy.file} kept={kept} />;
  return (
    <>
      <h1>{t("myFile.title")}</h1>
      {copy.status === "offline" ? (
        <>
          <p className="lead" role="status">
            {t("myFile.offline")}
          </p>
          {kept && (
            <>
              <Reference reference={kept.reference} />
              <SentNotice sent={kept} link={false} />
            </>
          )}
        </>
      ) : (
        <p className="lead">{t("myFile.notSent")}</p>
      )}
      <p>
        <Link href={`/${i18n.language}`}>{t("myFile.backToStart")}</Link>
      </p>
    </>
  );
}
