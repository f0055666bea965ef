"use client";
// The person's resume code, as text grouped for reading aloud and as a QR code, ready to print.
import { renderSVG } from "uqr";
import { useTranslation } from "@/components/i18n/useTranslation";
import { useDraft } from "@/components/draft/DraftProvider";
import { SpelledCode } from "@/components/resume/SpelledCode";

export function ResumeCodePanel() {
  const { t, i18n } = useTranslation();
  const { state } = useDraft();
  const draft = state.status === "ready" ? state.draft : null;
  const code = draft?.server.resumeCode;
  // The server keeps a draft only once something is answered: before that there is nothing to resume.
  if (draft && Object.keys(draft.entries).length === 0) return <p className="notice">{t("resume.nothingYet")}</p>;
  if (!code) return <p className="notice">{t("resume.pending")}</p>;
  // The code travels in the fragment, which browsers never send to a server or put in its logs.
  const link = `${window.location.origin}/${i18n.language}/resume#code=${code}`;
  return (
    <div className="resume-code">
      <p className="resume-code__label">{t("resume.codeTitle")}</p>
      <SpelledCode code={code} />
      <div className="resume-code__qr" role="img" aria-label={t("resume.qrLabel")} dangerouslySetInnerHTML={{ __html: renderSVG(link, { border: 2 }) }} />
      <button type="button" className="button button--secondary no-print" onClick={() => window.print()}>
        {t("resume.print")}
      </button>
    </div>
  );
}
