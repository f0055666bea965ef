// The privacy notice. Its words live in locales/<lang>/privacy.json; the figures and the address come from
// lib/privacy, the same module the purge reads, so the notice states the periods the server applies.
// A server component: those values exist where the page is built, not in the browser.
import { getI18n } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { complaintUrl, privacyContact, retentionDays } from "@/lib/privacy";

const KEPT = ["answers", "history", "help", "sent", "readLog", "resumeCode", "counters", "staff"] as const;
const RIGHTS = ["access", "correct", "delete", "restrict", "object"] as const;
const DELETE_FROM = ["start", "myFile", "kiosk", "otherDevice"] as const;

export function PrivacyNotice({ lang }: { lang: Locale }) {
  const i18n = getI18n(lang);
  const t = i18n.getFixedT(lang, "privacy");
  const tc = i18n.getFixedT(lang, "common");
  // Pages named as their own headings say, so the person recognises them.
  const pages = { check: tc("check.title"), myFile: tc("myFile.title"), history: tc("history.title") };
  const contact = (
    <a className="long-address" href={`mailto:${privacyContact}`}>
      {privacyContact}
    </a>
  );
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <p>{t("purpose")}</p>

      <h2>{t("kept.title")}</h2>
      <ul className="list list--bullet">
        {KEPT.map((item) => (
          <li key={item}>{t(`kept.${item}`)}</li>
        ))}
      </ul>

      <h2>{t("where.title")}</h2>
      <ul className="list list--bullet">
        <li>{t("where.device")}</li>
        <li>{t("where.deviceId")}</li>
        <li>{t("where.deviceHelp")}</li>
        <li>{t("where.server")}</li>
      </ul>

      <h2>{t("retention.title")}</h2>
      <ul className="list list--bullet">
        <li>{t("retention.draftIdle", { count: retentionDays.draftIdle })}</li>
        <li>{t("retention.sentFile", { count: retentionDays.sentFile })}</li>
        <li>{t("retention.afterSent")}</li>
        <li>{t("retention.helpSession", { count: retentionDays.helpSession })}</li>
        <li>{t("retention.counters", { count: retentionDays.counters })}</li>
        <li>{t("retention.resumeCode")}</li>
        <li>{t("retention.device")}</li>
        <li>{t("retention.kiosk")}</li>
      </ul>

      <h2>{t("access.title")}</h2>
      <ul className="list list--bullet">
        <li>{t("access.you")}</li>
        <li>{t("access.helper")}</li>
        <li>{t("access.agency", pages)}</li>
      </ul>
      <p>{t("access.noOneElse")}</p>
      <p>{t("access.noScore")}</p>

      <h2>{t("rights.title")}</h2>
      <p>{t("rights.intro")}</p>
      <ul className="list list--bullet">
        {RIGHTS.map((right) => (
          <li key={right}>{t(`rights.${right}`)}</li>
        ))}
      </ul>

      <h2>{t("use.title")}</h2>
      <p>{t("use.see", pages)}</p>
      <p>{t("use.correct", pages)}</p>
      <p>{t("use.deleteIntro")}</p>
      <ul className="list list--bullet">
        {DELETE_FROM.map((place) => (
          <li key={place}>{t(`use.deleteWhere.${place}`, pages)}</li>
        ))}
      </ul>
      <p>{t("use.deleteResult")}</p>
      <p>{t("use.deleteOtherDevice")}</p>
      <p>{t("use.deleteTrace", { count: retentionDays.sentFile })}</p>
      <p>{t("use.agencyCopy")}</p>
      <p>
        {t("use.writeTo")} {contact}
      </p>
      <p>{t("use.complaint")}</p>
      <p>
        <a href={complaintUrl}>{t("use.complaintLink")}</a>
      </p>

      <h2>{t("controller.title")}</h2>
      <p>
        {t("controller.text")} {contact}
      </p>
    </>
  );
}
