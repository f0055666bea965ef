"use client";
// The kiosk's bar and inactivity warning are loaded only on a device set as an agency kiosk: a person's own phone
// never downloads them.
import dynamic from "next/dynamic";
import { useKiosk } from "./useKiosk";

const KioskGuard = dynamic(() => import("./KioskGuard").then((module) => module.KioskGuard), { ssr: false });

export function KioskGuardWhenKiosk() {
  return useKiosk() ? <KioskGuard /> : null;
}
