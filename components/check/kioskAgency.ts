// The agency a kiosk sends files to by default, set by staff with the kiosk setting and kept through every wipe.
import { useSyncExternalStore } from "react";
import { readStored, writeStored } from "@/lib/deviceStorage";
import { agencySchema, type Agency } from "@/lib/submissions/protocol";

const KIOSK_AGENCY_KEY = "relais-kiosk-agency";

const read = () => readStored(KIOSK_AGENCY_KEY);

function parse(raw: string | null): Agency | null {
  if (!raw) return null;
  try {
    const parsed = agencySchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function setKioskAgency(agency: Agency | null) {
  writeStored(KIOSK_AGENCY_KEY, agency ? JSON.stringify(agency) : null);
  // This tab gets no "storage" event for its own writes.
  window.dispatchEvent(new StorageEvent("storage", { key: KIOSK_AGENCY_KEY }));
}

const subscribe = (callback: () => void) => {
  window.addEventListener("storage", callback);
  return () => window.removeEventListener("storage", callback);
};

/** The raw string is the snapshot (stable between renders); it is parsed by the caller's memo. */
export function useKioskAgency(): Agency | null {
  const raw = useSyncExternalStore(subscribe, read, () => null);
  return parse(raw);
}

/** Runs a device wipe and puts the kiosk's agency back: it belongs to the kiosk, not to the person. */
export async function keepKioskAgency(wipe: () => Promise<void>): Promise<void> {
  const kept = read();
  await wipe();
  if (kept) writeStored(KIOSK_AGENCY_KEY, kept);
}
