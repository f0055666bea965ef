"use client";
// "My helper uses their own device": a join code to type (8 characters) and a QR code, valid 10 minutes.
import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "@/components/i18n/useTranslation";
import { useOnline } from "@/components/pwa/useOnline";
import { SpelledCode } from "@/components/resume/SpelledCode";
import { useHelp } from "./HelpProvider";

const JoinQrCode = dynamic(() => import("./JoinQrCode").then((module) => module.JoinQrCode), { ssr: false });

export function JoinCodePanel() {
  const { t, i18n } = useTranslation();
  const help = useHelp();
  const [failed, setFailed] = useState(false);
  const online = useOnline();
  const [asked, setAsked] = useState(false);
  const codeTitle = useRef<HTMLParagraphElement>(null);
  const { remote, session } = help;
  const waiting = remote && (!session || session.status === "open");
  // The button the person pressed is replaced by the code: focus goes to it and a polite message says it is
  // there, once (issue 13). A code already shown when the page opens keeps the page's own focus.
  const shownNow = asked && Boolean(waiting);
  useEffect(() => {
    if (shownNow) codeTitle.current?.focus();
  }, [shownNow]);
  return (
    <section aria-labelledby="join-title">
      <h2 id="join-title">{t("help.remote.title")}</h2>
      <p>{t("help.remote.intro")}</p>
      {waiting ? (
        <div className="resume-code">
          <p className="resume-code__label" ref={codeTitle} tabIndex={-1}>
            {t("help.remote.codeTitle")}
          </p>
          <SpelledCode code={remote.joinCode} />
          {/* The token travels in the fragment: never sent to a server, never in its logs. */}
          <JoinQrCode link={`${window.location.origin}/${i18n.language}/aide#token=${remote.joinToken}`} label={t("help.remote.qrLabel")} />
          <p>{t("help.remote.validUntil", { time: new Date(remote.expiresAt).toLocaleTimeString(i18n.language, { hour: "2-digit", minute: "2-digit" }) })}</p>
          <p className="muted">{t("help.remote.waiting")}</p>
        </div>
      ) : !online ? (
        // A code is made by the server: offline, say so rather than offer a button that can only fail, and point
        // to the way that works without a network (issue 11).
        <p className="notice">{t("helpOffline.needsConnection")}</p>
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
            onClick={() =>
              void help.openRemote().then(
                () => {
                  setFailed(false);
                  setAsked(true);
                },
                () => setFailed(true),
              )
            }
          >
            {t("help.remote.show")}
          </button>
        </>
      )}
      <p className="visually-hidden" role="status">
        {shownNow ? t("changes.codeShown") : ""}
      </p>
    </section>
  );
}
