"use client";
// "Get help": asking for help is part of the flow. Two ways: pass the phone, or a helper on their own device.
import { useSearchParams } from "next/navigation";
import { useRouter } from "@/components/navigation/useRouter";
import { useTranslation } from "@/components/i18n/useTranslation";
import { BackLink } from "@/components/journey/BackLink";
import { useDraft } from "@/components/draft/DraftProvider";
import { firstIncomplete } from "@/lib/questionnaire/engine";
import { questionnaire } from "@/lib/questionnaire/definition";
import { stepHref } from "@/lib/routes";
import { JoinCodePanel } from "./JoinCodePanel";
import { PassThePhone } from "./PassThePhone";
import { useHelp } from "./HelpProvider";

export function HelpPage() {
  const { t, i18n } = useTranslation();
  const { state } = useDraft();
  const help = useHelp();
  const router = useRouter();
  const from = useSearchParams().get("from");
  const next = from && /^[a-z-]+$/.test(from) ? stepHref(i18n.language, from) : state.status === "ready" ? stepHref(i18n.language, firstIncomplete(questionnaire, state.answers)) : `/${i18n.language}`;
  return (
    <>
      <BackLink href={next} />
      <h1>{t("help.title")}</h1>
      <p className="lead">{t("help.intro")}</p>
      {!help.sameDevice && help.kioskHelper && (
        // A kiosk volunteer said who they are earlier in this kiosk session: one tap, no form.
        <p>
          <button
            type="button"
            className="button"
            onClick={() => {
              if (help.kioskHelper) help.passPhone(help.kioskHelper);
              router.push(next);
            }}
          >
            {t("kiosk.helper.takeOver", { name: help.kioskHelper.name, role: t(`help.roles.${help.kioskHelper.role}`) })}
          </button>
        </p>
      )}
      {help.sameDevice ? <p>{t("help.banner.sameDevice", { name: help.sameDevice.name, role: t(`help.roles.${help.sameDevice.role}`) })}</p> : <PassThePhone next={next} />}
      <JoinCodePanel />
    </>
  );
}
