// Next.js settings, and the security headers every response carries (the per-page policy is set in proxy.ts).
import type { NextConfig } from "next";

/**
 * Only what the app uses may be allowed: nothing here needs a sensor, the camera (a helper scans the QR code with
 * their own phone's camera app) or the microphone; reading aloud is speechSynthesis, which needs no permission.
 * Staff sign in with passkeys on the same origin.
 */
const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "display-capture=()",
  "encrypted-media=()",
  "fullscreen=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "picture-in-picture=()",
  "publickey-credentials-get=(self)",
  "screen-wake-lock=()",
  "serial=()",
  "usb=()",
  "xr-spatial-tracking=()",
].join(", ");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // PGlite loads its WebAssembly and data files from its own package folder at run time.
  serverExternalPackages: ["@electric-sql/pglite"],
  // The root layouts are per language (app/[lang]/layout.tsx): an address that matches no route gets
  // app/global-not-found.tsx, in the person's language, instead of Next's bare English page.
  experimental: { globalNotFound: true },
  headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      {
        // The answer-save route skips the proxy (the hot path): the API's policy and cache rule, stated here.
        source: "/api/v1/drafts/:draftId/answers",
        headers: [
          { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'" },
          { key: "Cache-Control", value: "no-store, no-transform" },
        ],
      },
      {
        // Icons are asked for on every screen (the tab's icon): kept a week instead of checked every time
        // (Next serves public files with max-age=0). Their names do not change, so not "immutable".
        source: "/icons/:file*",
        headers: [{ key: "Cache-Control", value: "public, max-age=604800, stale-while-revalidate=86400" }],
      },
      {
        // Staff pages sign out with a plain form POST, checked by its Origin; under no-referrer the browser sends
        // `Origin: null` for it. same-origin still sends nothing to any other site (and no URL here holds a secret).
        source: "/:lang/agency/:path*",
        headers: [{ key: "Referrer-Policy", value: "same-origin" }],
      },
    ];
  },
  // Questions merged by issue 14: an address kept from before (a bookmark, a tab open across the update) opens the
  // screen that asks it now. Not permanent: the ids may one day be used again.
  redirects() {
    return [
      { source: "/:lang/questions/has-address", destination: "/:lang/questions/address", permanent: false },
      { source: "/:lang/questions/vehicle", destination: "/:lang/questions/transport", permanent: false },
      // Follow-ups asked on their question's screen since 2026-12-05 (issue 14): their own addresses lead there
      // (tests/unit/redirects.test.ts holds this list to the questionnaire's; this file reads no app code, so a
      // server needs only the build and it).
      { source: "/:lang/questions/last-name", destination: "/:lang/questions/first-name", permanent: false },
      { source: "/:lang/questions/other-difficulties-details", destination: "/:lang/questions/difficulty-topics", permanent: false },
      { source: "/:lang/questions/contact-times", destination: "/:lang/questions/contact-methods", permanent: false },
      { source: "/:lang/questions/accessibility-needs", destination: "/:lang/questions/interview-support", permanent: false },
    ];
  },
};

export default nextConfig;
