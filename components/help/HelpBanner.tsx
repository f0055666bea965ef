"use client";
// On every screen while help is under way: who helps, where they are, who types, and one tap to stop.
import { useTranslation } from "react-i18next";
import { findQuestion } from "@/lib/questionnaire/engine";
import { questionnaire } from "@/lib/questionnaire/definition";
import { labelKey, sectionTitleKey } from "@/lib/questionnaire/keys";
import { useHelp } from "./HelpProvider";
import { IdleWarning } from "./IdleWarning";

/** "Getting around" rather than a question: the section is enough to say where someone is. */
export function usePlaceName() {
  const { t } = useTranslation();
  const { t: tq } = useTranslation("questionnaire");
  return (at: string | null) => {
    const question = at ? findQuestion(questionnaire, at) : undefined;
    if (question) return `${tq(sectionTitleKey(question.section))} – ${tq(labelKey(question))}`;
    return at === "check" ? t("check.title") : t("help.place.start");
  };
}

export function HelpBanner() {
  const { t } = useTranslation();
  const place = usePlaceName();
  const help = useHelp();
  const { session, sameDevice } = help;

  if (sameDevice) {
    return (
      <section className="banner banner--help" aria-label={t("help.banner.label")}>
        <p>{t("help.banner.sameDevice", { name: sameDevice.name, role: t(`help.roles.${sameDevice.role}`) })}</p>
        <button type="button" className="button button--small" onClick={help.takeBack}>
          {t("help.banner.takeBack")}
        </button>
      </section>
    );
  }
  if (!session || !session.helper || session.status === "open") return null;
  const who = { name: session.helper.name, role: t(`help.roles.${session.helper.role}`) };

  if (session.status === "requested") {
    return (
      <section className="banner banner--help" aria-label={t("help.banner.label")}>
        <p role="alert">{t("help.banner.request", who)}</p>
        <div className="banner__actions">
          <button type="button" className="button button--small" onClick={() => void help.decide(true)}>
            {t("help.banner.accept")}
          </button>
          <button type="button" className="button button--secondary button--small" onClick={() => void help.decide(false)}>
            {t("help.banner.refuse")}
          </button>
        </div>
      </section>
    );
  }
  if (session.status !== "active") {
    return (
      <section className="banner banner--help" aria-label={t("help.banner.label")}>
        <p>{t(session.status === "refused" ? "help.banner.refused" : "help.banner.ended", who)}</p>
        <button type="button" className="button button--secondary button--small" onClick={() => void help.stop()}>
          {t("help.banner.close")}
        </button>
      </section>
    );
  }
  const helperTypes = session.mode === "helper-types";
  return (
    <section className="banner banner--help" aria-label={t("help.banner.label")}>
      <p>{t("help.banner.active", who)}</p>
      <p>{t("help.banner.helperAt", { place: place(session.helperAt) })}</p>
      <p>{t(helperTypes ? "help.mode.helperTypes" : "help.mode.personTypes")}</p>
      <IdleWarning state={session} onKeepAlive={help.keepAlive} />
      {session.typingRequested && !helperTypes && <p role="alert">{t("help.banner.typingRequested", who)}</p>}
      <div className="banner__actions">
        <button type="button" className="button button--secondary button--small" onClick={() => void help.setMode(helperTypes ? "person-types" : "helper-types")}>
          {t(helperTypes ? "help.mode.takeOver" : "help.mode.letHelperType")}
        </button>
        <button type="button" className="button button--small button--warning" onClick={() => void help.stop()}>
          {t("help.banner.stop")}
        </button>
      </div>
    </section>
  );
}
