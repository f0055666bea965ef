"use client";
// "Who will see my answer?" tells the truth while help is on (issue 11): the helper sees it too, on this device
// or on theirs, except an answer given before the help that the person has not shown them.
import { useTranslation } from "@/components/i18n/useTranslation";
import { useHelp } from "./HelpProvider";

export function useHelperSeesIt(questionId: string): string | undefined {
  const { t } = useTranslation();
  const { sameDevice, session } = useHelp();
  if (sameDevice) return t("helpWho.sameDevice", { name: sameDevice.name });
  if (session?.status !== "active" || !session.helper) return undefined;
  return t(session.hidden.includes(questionId) ? "helpWho.hidden" : "helpWho.remote", { name: session.helper.name });
}
