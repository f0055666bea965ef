"use client";
// On sensitive questions: one tap replaces the question with a neutral screen, for when someone looks over a
// shoulder. Nothing is lost: the answer is already saved, and "Show again" brings the question back.
import { useEffect, useState, type ReactNode } from "react";
import { useTranslation } from "@/components/i18n/useTranslation";

export function QuickHide({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const [hidden, setHidden] = useState(false);
  const neutralTitle = t("appName");
  // The tab title shows the question too (in the tab strip, the task switcher): it goes with the screen. The
  // question's form sets its own title again when it comes back.
  useEffect(() => {
    if (!hidden) return;
    const before = document.title;
    document.title = neutralTitle;
    return () => {
      document.title = before;
    };
  }, [hidden, neutralTitle]);
  if (!enabled) return children;
  if (hidden) {
    return (
      <div className="quick-hide">
        <p className="quick-hide__name">{t("appName")}</p>
        <button type="button" className="button button--secondary" autoFocus onClick={() => setHidden(false)}>
          {t("quickHide.show")}
        </button>
      </div>
    );
  }
  return (
    <>
      <button type="button" className="button button--secondary button--small quick-hide__button" onClick={() => setHidden(true)}>
        {t("quickHide.hide")}
      </button>
      {children}
    </>
  );
}
