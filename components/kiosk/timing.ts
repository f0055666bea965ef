// How long a kiosk waits before it clears itself: a warning after a while without activity (sooner once the file
// is sent: the person is done), then a grace period the person can end with one button (WCAG 2.2.1).
export const IDLE_WARNING_MS = 3 * 60 * 1000;
export const IDLE_AFTER_SEND_MS = 60 * 1000;
export const IDLE_GRACE_SECONDS = 60;
/** What the confirmation announces: without any action, the device clears itself this many minutes after sending. */
export const CLEAR_AFTER_SEND_MINUTES = Math.ceil((IDLE_AFTER_SEND_MS / 1000 + IDLE_GRACE_SECONDS) / 60);
