"use client";
// Kiosk mode on a shared agency device: a "Finish and clear" button on every screen (and, once a volunteer said
// who they are, one tap for them to take the device again), and after a while without activity a warning in a
// modal dialog the person can dismiss; then the device is cleared, once the server has every answer (the draft
// stays safe on the server under its resume code).
import { usePathname } from "next/navigation";
import { useRouter } from "@/components/navigation/useRouter";
import { useCallback, useEffect, useEffectEvent, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "@/components/i18n/useTranslation";
import { useDraft } from "@/components/draft/DraftProvider";
import { useHelp } from "@/components/help/HelpProvider";
import { IDLE_AFTER_SEND_MS, IDLE_GRACE_SECONDS, IDLE_WARNING_MS } from "./timing";
import { useDeviceClear } from "./useDeviceClear";
import { useKiosk } from "./useKiosk";

/** Pages with their own way to finish: the kiosk's own pages, and the confirmation (components/kiosk/KioskAfterSend.tsx). */
const OWN_FINISH = /\/(kiosk|confirmation)(\/|$)/;

export function KioskGuard() {
  const { t, i18n } = useTranslation();
  const kiosk = useKiosk();
  const router = useRouter();
  const pathname = usePathname() ?? "";
  const { state } = useDraft();
  const help = useHelp();
  const clearing = useDeviceClear();
  const [left, setLeft] = useState<number | null>(null);
  const idle = useRef<ReturnType<typeof setTimeout> | null>(null);
  const tick = useRef<ReturnType<typeof setInterval> | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const stayButton = useRef<HTMLButtonElement>(null);
  const retryButton = useRef<HTMLButtonElement>(null);
  // Where focus was when the warning opened: it goes back there when the person stays.
  const returnTo = useRef<Element | null>(null);
  // Once the file is sent, the person is done: the device clears itself sooner.
  const sent = state.status === "ready" && Boolean(state.draft.sent) && !state.draft.sent?.correcting;
  const idleMs = sent ? IDLE_AFTER_SEND_MS : IDLE_WARNING_MS;

  const stopTimers = useCallback(() => {
    if (idle.current) clearTimeout(idle.current);
    if (tick.current) clearInterval(tick.current);
  }, []);
  // Counts the idle time again from now: the warning after idleMs, then one second at a time down to 0.
  const arm = useCallback(() => {
    stopTimers();
    idle.current = setTimeout(() => {
      setLeft(IDLE_GRACE_SECONDS);
      tick.current = setInterval(() => {
        setLeft((s) => (s === null || s <= 0 ? s : s - 1));
      }, 1000);
    }, idleMs);
  }, [idleMs, stopTimers]);
  // "Stay" (or keeping the device as it is): the dialog goes and the count starts again.
  const stay = useCallback(() => {
    setLeft(null);
    arm();
  }, [arm]);
  // Activity starts the count again while no warning is shown; once it is, only "Stay" does.
  const activity = useEffectEvent(() => {
    if (left === null) arm();
  });
  // A warning left from before kiosk mode was turned off is not shown when it is turned on again.
  if (!kiosk && left !== null) setLeft(null);

  useEffect(() => {
    if (!kiosk) return;
    arm();
    const events = ["pointerdown", "keydown", "input", "scroll"] as const;
    const onActivity = () => activity();
    for (const name of events) window.addEventListener(name, onActivity, { passive: true });
    return () => {
      for (const name of events) window.removeEventListener(name, onActivity);
      stopTimers();
    };
  }, [kiosk, arm, stopTimers]);

  const clearNow = useEffectEvent(() => {
    if (tick.current) clearInterval(tick.current);
    // Nothing is erased while answers wait for the server: the dialog then says so, and the clear completes by
    // itself once they are there.
    void clearing.clear();
  });
  useEffect(() => {
    if (left === 0) clearNow();
  }, [left]);

  // The dialog is modal: the rest of the page is inert while it is open, and focus is inside it.
  const open = kiosk && left !== null;
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      returnTo.current = document.activeElement;
      element.showModal();
      stayButton.current?.focus();
    } else if (!open && element.open) {
      element.close();
      if (returnTo.current instanceof HTMLElement && returnTo.current.isConnected) returnTo.current.focus();
      returnTo.current = null;
    }
  }, [open]);
  // The clear waits for the server: its message replaces the warning, with focus on its first button.
  const waitingShown = clearing.state.step === "waiting" && open;
  useEffect(() => {
    if (waitingShown) retryButton.current?.focus();
  }, [waitingShown]);

  // Tab and Shift+Tab go round the dialog's buttons, never out of it (the browser's own frame included).
  const trapTab = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== "Tab") return;
    const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLElement>("button:not([disabled])"));
    const first = buttons[0];
    const last = buttons.at(-1);
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    const at = document.activeElement;
    const outside = !(at instanceof Node) || !event.currentTarget.contains(at);
    if (outside || (event.shiftKey && at === first) || (!event.shiftKey && at === last)) {
      event.preventDefault();
      (event.shiftKey && !outside ? last : first).focus();
    }
  };

  const keepDevice = () => {
    clearing.keep();
    stay();
  };

  if (!kiosk) return null;
  const { kioskHelper } = help;
  const waiting = clearing.state.step === "waiting" ? clearing.state : null;
  const warning = left !== null && left > 0;
  return (
    <>
      {!OWN_FINISH.test(pathname) && (
        <p className="kiosk-bar">
          <button type="button" className="button button--secondary button--small" onClick={() => router.push(`/${i18n.language}/kiosk/end`)}>
            {t("kiosk.finish")}
          </button>
          {kioskHelper && !help.sameDevice && !pathname.endsWith("/help") && (
            <button type="button" className="button button--secondary button--small" onClick={() => help.passPhone(kioskHelper)}>
              {t("kiosk.helper.takeOver", { name: kioskHelper.name, role: t(`help.roles.${kioskHelper.role}`) })}
            </button>
          )}
        </p>
      )}
      <dialog
        ref={dialog}
        // The person's screen is covered once the device clears itself: the next person sees nothing of it.
        className={`kiosk-warning${warning ? "" : " kiosk-warning--cover"}`}
        role="alertdialog"
        aria-labelledby="kiosk-warning-title"
        aria-describedby="kiosk-warning-text"
        onKeyDown={trapTab}
        // Escape means the person is there: the same as "Stay" (and nothing while the device waits to clear).
        onCancel={(event) => {
          event.preventDefault();
          if (warning) stay();
        }}
        // A browser may close it on its own (Escape pressed twice): staying, or showing it again while it clears.
        onClose={() => {
          if (!open) return;
          if (warning) stay();
          else dialog.current?.showModal();
        }}
      >
        {warning ? (
          <>
            <h2 id="kiosk-warning-title">{t("kiosk.idle.title")}</h2>
            <p id="kiosk-warning-text">{t("kiosk.idle.text", { count: left })}</p>
            <button ref={stayButton} type="button" className="button" onClick={stay}>
              {t("kiosk.idle.stay")}
            </button>
          </>
        ) : waiting ? (
          <>
            <h2 id="kiosk-warning-title">{t("kiosk.unsaved.title")}</h2>
            <p id="kiosk-warning-text">{t("kiosk.unsaved.count", { count: waiting.unsaved })}</p>
            <p role="status">{waiting.trying ? t("kiosk.unsaved.trying") : ""}</p>
            <p className="confirm-box__actions">
              <button ref={retryButton} type="button" className="button" onClick={() => void clearing.clear()}>
                {t("kiosk.unsaved.retry")}
              </button>
              <button type="button" className="button button--secondary" onClick={keepDevice}>
                {t("kiosk.unsaved.keep")}
              </button>
            </p>
          </>
        ) : (
          <>
            <h2 id="kiosk-warning-title">{t("kiosk.idle.title")}</h2>
            <p id="kiosk-warning-text" role="status">
              {t("kiosk.clearing")}
            </p>
          </>
        )}
      </dialog>
    </>
  );
}
