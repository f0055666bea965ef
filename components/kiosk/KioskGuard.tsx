"use client";
// Kiosk mode on a shared agency device: a "Finish and clear" button on every screen, and after a while
// without activity a warning the person can dismiss, then the device is cleared (the draft stays safe on
// the server under its resume code).
import { usePathname, useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { useDraft } from "@/components/draft/DraftProvider";
import { KIOSK_KEY } from "@/lib/drafts/wipe";

export const IDLE_WARNING_MS = 3 * 60 * 1000;
export const IDLE_GRACE_SECONDS = 60;

const subscribe = (callback: () => void) => {
  window.addEventListener("storage", callback);
  return () => window.removeEventListener("storage", callback);
};

export function useKiosk(): boolean {
  return useSyncExternalStore(subscribe, () => localStorage.getItem(KIOSK_KEY) === "1", () => false);
}

export function KioskGuard() {
  const { t, i18n } = useTranslation();
  const kiosk = useKiosk();
  const router = useRouter();
  const pathname = usePathname() ?? "";
  const { wipe } = useDraft();
  const [left, setLeft] = useState<number | null>(null);
  const idle = useRef<ReturnType<typeof setTimeout> | null>(null);
  const tick = useRef<ReturnType<typeof setInterval> | null>(null);
  const dialog = useRef<HTMLDivElement>(null);

  const end = useCallback(async () => {
    await wipe();
    window.location.replace(`/${i18n.language}`);
  }, [wipe, i18n.language]);

  const restart = useCallback(() => {
    if (idle.current) clearTimeout(idle.current);
    if (tick.current) clearInterval(tick.current);
    setLeft(null);
    idle.current = setTimeout(() => {
      setLeft(IDLE_GRACE_SECONDS);
      tick.current = setInterval(() => setLeft((s) => (s === null ? s : s - 1)), 1000);
    }, IDLE_WARNING_MS);
  }, []);

  useEffect(() => {
    if (!kiosk) return;
    restart();
    const events = ["pointerdown", "keydown", "input", "scroll"] as const;
    const onActivity = () => setLeft((s) => (s === null ? (restart(), null) : s));
    for (const name of events) window.addEventListener(name, onActivity, { passive: true });
    return () => {
      for (const name of events) window.removeEventListener(name, onActivity);
      if (idle.current) clearTimeout(idle.current);
      if (tick.current) clearInterval(tick.current);
    };
  }, [kiosk, restart]);

  useEffect(() => {
    if (left === 0) void end();
    if (left === IDLE_GRACE_SECONDS) dialog.current?.focus();
  }, [left, end]);

  if (!kiosk) return null;
  return (
    <>
      {!pathname.includes("/kiosk") && (
        <p className="kiosk-bar">
          <button type="button" className="button button--secondary button--small" onClick={() => router.push(`/${i18n.language}/kiosk/end`)}>
            {t("kiosk.finish")}
          </button>
        </p>
      )}
      {left !== null && left > 0 && (
        <div className="kiosk-warning" role="alertdialog" aria-modal="true" aria-labelledby="kiosk-warning-title" aria-describedby="kiosk-warning-text" tabIndex={-1} ref={dialog}>
          <h2 id="kiosk-warning-title">{t("kiosk.idle.title")}</h2>
          <p id="kiosk-warning-text">{t("kiosk.idle.text", { count: left })}</p>
          <button type="button" className="button" onClick={restart}>
            {t("kiosk.idle.stay")}
          </button>
        </div>
      )}
    </>
  );
}
