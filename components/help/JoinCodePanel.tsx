"use client";
// "My helper uses their own device": a join code to type (8 characters) and a QR code, valid 10 minutes.
import { useState } from "react";
import { renderSVG } from "uqr";
import { useTranslation } from "react-i18next";
import { formatResumeCode } from "@/lib/drafts/protocol";
import { useHelp } from "./HelpProvider";

export function JoinCodePanel() {
  const { t, i18n } = useTranslation();
  const help = useHelp();
  const [failed, setFailed] = useState(false);
  const { remote, session } = help;
  const waiting = remote && (!session || session.status === "open");
  return (
    <section aria-labelledby="join-title">
      <h2 id="join-title">{t("help.remote.title")}</h2>
      <p>{t("help.remote.intro")}</p>
      {waiting ? (
        <div className="resume-code">
          <p className="resume-code__label">{t("help.remote.codeTitle")}</p>
          <p className="resume-code__value" dir="ltr" lang="en">
            {formatResumeCode(remote.joinCode)}
          </p>
          <div
            className="resume-code__qr"
            role="img"
            aria-label={t("help.remote.qrLabel")}
            // The token travels in the fragment: never sent to a server, never in its logs.
            dangerouslySetInnerHTML={{ __html: renderSVG(`${window.location.origin}/${i18n.language}/aide#token=${remote.joinToken}`, { border: 2 }) }}
          />
          <p>{t("help.remote.validUntil", { time: new Date(remote.expiresAt).toLocaleTimeString(i18n.language, { hour: "2-digit", minute: "2-digit" }) })}</p>
          <p className="muted">{t("help.remote.waiting")}</p>
        </div>
      ) : (
        <>
          {failed && (
            <p className="error-message" role="alert">
              {t("help.remote.failed")}
            </p>
          )}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => help.openRemote().then(() => setFailed(false), () => setFailed(true))}
          >
            {t("help.remote.show")}
          </button>
        </>
      )}
    </section>
  );
}
