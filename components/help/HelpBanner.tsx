"use client";
// On every screen while help is under way: who helps, where they are, who types, and one tap to stop.
import { useState } from "react";
import { useTranslation } from "@/components/i18n/useTranslation";
import { FrenchTerms } from "@/components/i18n/FrenchTerms";
import { focusPageHeading } from "@/components/journey/focusHeading";
import { KEEP_FRENCH_MARKS } from "@/lib/i18n/frenchTerms";
import { findQuestion } from "@/lib/questionnaire/engine";
import { questionnaire } from "@/lib/questionnaire/definition";
import { labelKey, sectionTitleKey } from "@/lib/questionnaire/keys";
import type { SessionState } from "@/lib/handoff/protocol";
import { HelpRequest } from "./HelpRequest";
import { useHelp } from "./HelpProvider";
import { IdleWarning } from "./IdleWarning";
import { useFollowHelper } from "./useFollowHelper";

/** "Getting around" rather than a question: the section is enough to say where someone is. */
/** Where someone is in the file, in words; French terms keep their marks, for a text the FrenchTerms component renders. */
export function usePlaceName() {
  const { t } = useTranslation();
  const { t: tq } = useTranslation("questionnaire");
  return (at: string | null) => {
    const question = at ? findQuestion(questionnaire, at) : undefined;
    if (question) return `${tq(sectionTitleKey(question.section), KEEP_FRENCH_MARKS)} – ${tq(labelKey(question), KEEP_FRENCH_MARKS)}`;
    return at === "check" ? t("check.title") : t("help.place.start");
  };
}

/** What a request from the helper says, for the live region as for the screen; "" when nothing is asked. */
function useRequestText(session: SessionState | null): string {
  const { t } = useTranslation();
  if (!session?.helper) return "";
  const who = { name: session.helper.name, role: t(`help.roles.${session.helper.role}`) };
  if (session.status === "requested") return t("help.banner.request", who);
  if (session.status === "active" && session.typingRequested && session.mode !== "helper-types") return t("help.banner.typingRequested", who);
  return "";
}

export function HelpBanner() {
  const { session } = useHelp();
  const request = useRequestText(session);
  return (
    <>
      {/* Present before anything is asked, so screen readers announce the request when its text arrives. */}
      <div role="status" className="visually-hidden">
        {request}
      </div>
      <BannerContent request={request} />
    </>
  );
}

function BannerContent({ request }: { request: string }) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState("");
  return (
    <>
      <Banner request={request} onTakenBack={() => setAnnouncement(t("changes.phoneBack"))} />
      {/* Always on the page, so the words put in it are read (a live region added with its words is often not). */}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}

function Banner({ request, onTakenBack }: { request: string; onTakenBack: () => void }) {
  const { t } = useTranslation();
  const place = usePlaceName();
  const help = useHelp();
  const { session, sameDevice } = help;
  const follow = useFollowHelper(session);

  if (sameDevice) {
    const takeBack = () => {
      help.takeBack();
      onTakenBack();
      // The banner and its button go: the person starts again from the page's heading, not from nowhere.
      focusPageHeading();
    };
    return (
      <section className="banner banner--help" aria-label={t("help.banner.label")}>
        <p>{t("help.banner.sameDevice", { name: sameDevice.name, role: t(`help.roles.${sameDevice.role}`) })}</p>
        <button type="button" className="button button--small" onClick={takeBack}>
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
        <HelpRequest message={request}>
          <button type="button" className="button button--small" onClick={() => void help.decide(true)}>
            {t("help.banner.accept")}
          </button>
          <button type="button" className="button button--secondary button--small" onClick={() => void help.decide(false)}>
            {t("help.banner.refuse")}
          </button>
        </HelpRequest>
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
      <p>
        <FrenchTerms text={t("help.banner.helperAt", { place: place(session.helperAt), ...KEEP_FRENCH_MARKS })} />
      </p>
      {session.helperAt && session.hidden.includes(session.helperAt) && (
        <>
          <p>{t("helperHidden.helperSees", who)}</p>
          <div className="banner__actions">
            <button type="button" className="button button--secondary button--small" onClick={() => void help.show(session.helperAt ?? "").catch(() => undefined)}>
              {t("helperHidden.show", who)}
            </button>
          </div>
        </>
      )}
      {follow.from && (
        <button type="button" className="button button--secondary button--small" onClick={follow.goBack}>
          {t("helpFollow.goBack")}
        </button>
      )}
      <p>{t(helperTypes ? "help.mode.helperTypes" : "help.mode.personTypes")}</p>
      <IdleWarning state={session} onKeepAlive={help.keepAlive} />
      {request ? (
        <HelpRequest message={request}>
          <button type="button" className="button button--small" onClick={() => void help.setMode("helper-types")}>
            {t("help.mode.letHelperType")}
          </button>
          {/* Setting the mode again answers the request: the server forgets it. */}
          <button type="button" className="button button--secondary button--small" onClick={() => void help.setMode("person-types")}>
            {t("helpFollow.keepTyping")}
          </button>
        </HelpRequest>
      ) : (
        <div className="banner__actions">
          <button type="button" className="button button--secondary button--small" onClick={() => void help.setMode(helperTypes ? "person-types" : "helper-types")}>
            {t(helperTypes ? "help.mode.takeOver" : "help.mode.letHelperType")}
          </button>
        </div>
      )}
      <div className="banner__actions">
        <button type="button" className="button button--small button--warning" onClick={() => void help.stop()}>
          {t("help.banner.stop")}
        </button>
      </div>
    </section>
  );
}
