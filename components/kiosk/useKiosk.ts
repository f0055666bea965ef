"use client";
// Whether this device is an agency kiosk (set by staff on /[lang]/kiosk), read after hydration and kept in step
// with the setting as it changes (in this tab too: the settings page tells it with a "storage" event).
import { useSyncExternalStore } from "react";
import { readStored } from "@/lib/deviceStorage";
import { KIOSK_KEY } from "@/lib/drafts/wipe";

const subscribe = (callback: () => void) => {
  window.addEventListener("storage", callback);
  return () => window.removeEventListener("storage", callback);
};

export function useKiosk(): boolean {
  return useSyncExternalStore(subscribe, () => readStored(KIOSK_KEY) === "1", () => false);
}
