// How often the test server pings an idle live-help stream (`RELAIS_HELP_PING_MS` in playwright.config.ts; 15 s in
// production), so a test sees an idle session go through several pings in seconds.
export const HELP_PING_MS = 1_000;
