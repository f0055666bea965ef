"use client";
// After a clear, nothing of the person before comes back: not with Back or Forward, not from the browser's
// back-forward cache, not from another tab. Each history entry is stamped with the device's generation
// (lib/drafts/wipe.ts: a wipe starts a new one); a page restored from the cache (`pageshow` with `persisted`), an
// entry stamped before the clear, or a page loaded before another tab cleared the device is emptied at once and
// replaced by the start page.
import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { useTranslation } from "@/components/i18n/useTranslation";
import { deviceGeneration, GENERATION_KEY } from "@/lib/drafts/wipe";

const STAMP = "relaisGeneration";

/** The generation this document was loaded in (module state lives as long as the document). */
let loadedIn: string | null = null;

const entryStamp = (): unknown => (window.history.state as Record<string, unknown> | null)?.[STAMP];

function stale(): boolean {
  const now = deviceGeneration();
  const stamp = entryStamp();
  return loadedIn !== now || (typeof stamp === "string" && stamp !== now);
}

/** Marks the current entry as this generation's (the app router keeps what it did not write: __NA and its tree). */
function stamp() {
  if (entryStamp() !== undefined) return;
  const state = (window.history.state as Record<string, unknown> | null) ?? {};
  window.history.replaceState({ ...state, [STAMP]: deviceGeneration() }, "");
}

export function ClearedPageGuard() {
  const { i18n } = useTranslation();
  const pathname = usePathname();

  useEffect(() => {
    loadedIn ??= deviceGeneration();
    const toStart = () => {
      // Emptied before anything is painted again, then a new page load of the start page (no back to it either).
      document.documentElement.hidden = true;
      window.location.replace(`/${i18n.language}`);
    };
    const check = () => {
      if (stale()) toStart();
    };
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) check();
    };
    const onStorage = (event: StorageEvent) => {
      // Another tab cleared the device (null: it emptied the whole storage).
      if (event.key === GENERATION_KEY || event.key === null) check();
    };
    // The app router writes each entry's state (and may write it again without ours): where the browser tells of
    // every change of the current entry, it is stamped again at once; elsewhere, on each new page (below).
    const restamp = () =>
      queueMicrotask(() => {
        if (!stale()) stamp();
      });
    const navigation = (window as { navigation?: EventTarget }).navigation;
    check();
    window.addEventListener("pageshow", onPageShow);
    window.addEventListener("popstate", check);
    window.addEventListener("storage", onStorage);
    navigation?.addEventListener("currententrychange", restamp);
    return () => {
      window.removeEventListener("pageshow", onPageShow);
      window.removeEventListener("popstate", check);
      window.removeEventListener("storage", onStorage);
      navigation?.removeEventListener("currententrychange", restamp);
    };
  }, [i18n.language]);

  // Every entry this document makes is this generation's.
  useEffect(() => {
    if (!stale()) stamp();
  }, [pathname]);

  return null;
}
