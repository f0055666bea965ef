"use client";
// "My file": the sent file as the server keeps it, or a plain word on why it cannot be shown (no connection,
// nothing sent yet). Offline, what this device kept of the send still says where the file went.
import Link from "next/link";
import { DeleteMyFile } from "@/components/deletion/DeleteMyFile";
import { useTranslation } from "@/components/i18n/useTranslation";
import { useDraft } from "@/components/draft/DraftProvider";
import { Loading } from "@/components/journey/Loading";
import { PageListen } from "@/components/readAloud/PageListen";
import { Reference } from "./Reference";
import { SentFileView } from "./SentFileView";
import { SentNotice } from "./SentNotice";
import { useSentFile } from "./useSentFile";

/** The page's Listen stays in place while the file arrives: an automatic reading starts once it is there, not on "Loading". */
export function MyFile() {
  const { state } = useDraft();
  const copy = useSentFile();
  return (
    <>
      <PageListen ready={copy.status !== "loading"} />
      <MyFileContent state={state} copy={copy} />
    </>
  );
}

function MyFileContent({ state, copy }: { state: ReturnType<typeof useDraft>["state"]; copy: ReturnType<typeof useSentFile> }) {
  const { t, i18n } = useTranslation();
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
      <DeleteMyFile />
      <p className="standalone-link">
        <Link href={`/${i18n.language}`}>{t("myFile.backToStart")}</Link>
      </p>
    </>
  );
}
