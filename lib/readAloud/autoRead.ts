// The "read each screen aloud automatically" choice (DOMAIN.md section 0, read-aloud on/off): kept on the device,
// not in the file, so it holds for every file filled in here until changed (a kiosk wipe clears it with the rest).
import { keep, kept } from "@/lib/deviceStorage";

const AUTO_READ_KEY = "relais.autoRead";

export function autoReadOn(): boolean {
  return kept(AUTO_READ_KEY) === "on";
}

export function setAutoRead(on: boolean): void {
  keep(AUTO_READ_KEY, on ? "on" : null);
}

// Each screen is read once on arrival: a form remounted on the same screen (a helper's change shown live)
// is not read again from the top.
let lastRead: string | null = null;

/** True the first time it is asked for this screen since another screen was read. */
export function firstArrival(screen: string): boolean {
  if (lastRead === screen) return false;
  lastRead = screen;
  return true;
}
