// What a failure says, wherever it is caught (a page, or the frame of every page): what happened, "Try again",
// and the way back to the start. `t` reads the errors texts; each caller has its own way to get them.
import type { Ref } from "react";

export function CrashMessage({ t, home, retry, headingRef }: { t: (key: string) => string; home: string; retry: () => void; headingRef?: Ref<HTMLHeadingElement> }) {
  return (
    <>
      <h1 ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {t("crash.title")}
      </h1>
      <p>{t("crash.body")}</p>
      <p>
        <button type="button" className="button" onClick={retry}>
          {t("crash.retry")}
        </button>
      </p>
      <p>
        <a href={home}>{t("backToStart")}</a>
      </p>
    </>
  );
}
