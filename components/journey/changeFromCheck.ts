// A change made from the check page can open several follow-ups ("getting around" opens the licence, then the ways
// to get around): each is asked in turn, then the check page again. What was asked before the change is known on
// the question changed; it is kept in this tab's session storage (question ids only, no answer; a reload on the way
// keeps it, a kiosk clear wipes it) while the change leads through the follow-ups it opened, and forgotten on the
// way back to the check page (or when that page shows by any other way).
import { keep, kept } from "@/lib/deviceStorage";

const KEY = "relais.changeFromCheck";

export const changeFromCheck = {
  /** The questions asked before the change under way, if one is. */
  askedBefore: (): ReadonlySet<string> | null => {
    try {
      const ids: unknown = JSON.parse(kept(KEY, "session") ?? "null");
      return Array.isArray(ids) && ids.every((id) => typeof id === "string") ? new Set(ids) : null;
    } catch {
      return null;
    }
  },
  /** The change leads on to a follow-up it opened. */
  continues: (askedBefore: ReadonlySet<string>) => keep(KEY, JSON.stringify([...askedBefore]), "session"),
  ended: () => keep(KEY, null, "session"),
};
