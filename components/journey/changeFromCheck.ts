// A change made from the check page can open several follow-ups ("getting around" opens the licence, then the ways
// to get around): each is asked in turn, then the check page again. What was asked before the change is known on
// the question changed; it is kept here, in this tab's memory, while the change leads through the follow-ups it
// opened, and forgotten on the way back to the check page (or when that page shows by any other way).
let asked: ReadonlySet<string> | null = null;

export const changeFromCheck = {
  /** The questions asked before the change under way, if one is. */
  askedBefore: (): ReadonlySet<string> | null => asked,
  /** The change leads on to a follow-up it opened. */
  continues: (askedBefore: ReadonlySet<string>) => {
    asked = askedBefore;
  },
  ended: () => {
    asked = null;
  },
};
