// The drawings of the answer pictograms: one small line drawing per name of lib/questionnaire/pictograms.ts.
import type { ReactNode } from "react";
import type { PictogramName } from "@/lib/questionnaire/pictograms";

/** The inside of a 48×48 SVG drawn with strokes of currentColor, so it follows the text colour and forced colours. */
export const drawings: Record<PictogramName, ReactNode> = {
  person: (
    <>
      <circle cx="24" cy="15" r="8" />
      <path d="M9 42c0-8.3 6.7-14 15-14s15 5.7 15 14" />
    </>
  ),
  "two-people": (
    <>
      <circle cx="17" cy="16" r="6.5" />
      <path d="M5 41c0-7 5.4-12 12-12s12 5 12 12" />
      <circle cx="33" cy="14" r="5.5" />
      <path d="M31 25.2c.7-.1 1.3-.2 2-.2 5.8 0 10 4.4 10 10.5" />
    </>
  ),
  "someone-writes": (
    <>
      <path d="M30 17V9a3 3 0 0 0-3-3H9a3 3 0 0 0-3 3v30a3 3 0 0 0 3 3h18a3 3 0 0 0 3-3v-6" />
      <path d="M12 14h12M12 21h8M12 35h6" />
      <path d="M21.5 33l2-7.5L37.5 11.5a3.5 3.5 0 0 1 5 5L28.5 30.5z" />
      <path d="M23.5 25.5l5 5" />
    </>
  ),
  house: (
    <>
      <path d="M6 22L24 7l18 15" />
      <path d="M11 18v23h26V18" />
      <path d="M20 41V30h8v11" />
    </>
  ),
  "no-house": (
    <>
      <path d="M6 22L24 7l18 15" />
      <path d="M11 18v23h26V18" />
      <path d="M20 41V30h8v11" />
      <path d="M6 42L42 6" />
    </>
  ),
  magnifier: (
    <>
      <circle cx="20" cy="20" r="13" />
      <path d="M29.5 29.5L41 41" strokeWidth={3.5} />
    </>
  ),
  clock: (
    <>
      <circle cx="24" cy="24" r="18" />
      <path d="M24 13v11l7 5" />
    </>
  ),
  "half-clock": (
    <>
      <circle cx="24" cy="24" r="18" />
      <path d="M24 11a13 13 0 0 1 0 26z" fill="currentColor" />
    </>
  ),
  hourglass: (
    <>
      <path d="M12 6h24M12 42h24" />
      <path d="M15 6c0 9 9 12 9 18s-9 9-9 18M33 6c0 9-9 12-9 18s9 9 9 18" />
      <path d="M18.5 41c1-4 3.5-6 5.5-6s4.5 2 5.5 6z" fill="currentColor" />
      <path d="M19.5 13h9c-1 2.5-2.5 4-4.5 5-2-1-3.5-2.5-4.5-5z" fill="currentColor" />
    </>
  ),
  "question-mark": (
    <>
      <path d="M15 15.5a9 9 0 1 1 13.5 7.8c-2.8 1.6-4.5 3.6-4.5 6.7v2" strokeWidth={3} />
      <circle cx="24" cy="40" r="2.5" fill="currentColor" />
    </>
  ),
  book: (
    <>
      <path d="M24 12c-4.5-3-10.5-4-18-3v28c7.5-1 13.5 0 18 3 4.5-3 10.5-4 18-3V9c-7.5-1-13.5 0-18 3z" />
      <path d="M24 12v28" />
    </>
  ),
  "graduation-cap": (
    <>
      <path d="M5 19l19-8.5L43 19l-19 8.5z" />
      <path d="M13 23.5V32c0 3 5 5 11 5s11-2 11-5v-8.5" />
      <path d="M39 21v10" />
      <circle cx="39" cy="32.5" r="1.8" fill="currentColor" />
    </>
  ),
  "medical-cross": (
    <path d="M19 6h10v13h13v10H29v13H19V29H6V19h13z" />
  ),
  pram: (
    <>
      <path d="M8 20a13 13 0 0 1 13-13v13" />
      <path d="M8 20h26a13 12 0 0 1-26 0z" />
      <path d="M34 20l3-8h4" />
      <circle cx="13" cy="38" r="3.5" />
      <circle cx="29" cy="38" r="3.5" />
    </>
  ),
  dots: (
    <>
      <circle cx="11" cy="24" r="3.5" fill="currentColor" />
      <circle cx="24" cy="24" r="3.5" fill="currentColor" />
      <circle cx="37" cy="24" r="3.5" fill="currentColor" />
    </>
  ),
  bus: (
    <>
      <rect x="9" y="5" width="30" height="33" rx="5" />
      <rect x="13" y="11" width="22" height="12" rx="2" />
      <circle cx="15.5" cy="30.5" r="2" fill="currentColor" />
      <circle cx="32.5" cy="30.5" r="2" fill="currentColor" />
      <path d="M14 38v4M34 38v4" />
    </>
  ),
  bike: (
    <>
      <circle cx="12.5" cy="31" r="7" />
      <circle cx="35.5" cy="31" r="7" />
      <path d="M12.5 31L18.5 19.5L23 31zM18.5 19.5H31L23 31" />
      <path d="M23 31L17 15M14 15h6" />
      <path d="M35.5 31L30 14h4.5" />
    </>
  ),
  car: (
    <>
      <path d="M10 33H5v-7.5l4-3 5-8.5h17l6.5 8.5 5.5 2V33h-5M18 33h12" />
      <path d="M9 22.5h28.5M23.5 14v8.5" />
      <circle cx="14" cy="33" r="4" />
      <circle cx="34" cy="33" r="4" />
    </>
  ),
  "car-sharing": (
    <>
      <path d="M10 37H5v-9l4-3.5 6-15h17l8 15 3 1.5v11h-5M18 37h12" />
      <path d="M9 24.5h31" />
      <circle cx="14" cy="37" r="4" />
      <circle cx="34" cy="37" r="4" />
      <circle cx="19.5" cy="15" r="3" fill="currentColor" />
      <circle cx="30.5" cy="15" r="3" fill="currentColor" />
      <path d="M14.5 24.5a5 5 0 0 1 10 0M25.5 24.5a5 5 0 0 1 10 0" />
    </>
  ),
  walking: (
    <>
      <circle cx="27" cy="8" r="3.5" fill="currentColor" />
      <path d="M25 15l-3 12" strokeWidth={3.5} />
      <path d="M22 27l-5 7-4 8M22 27l6 6v9" strokeWidth={3} />
      <path d="M16 23l3-7 6-1 5 6 5 1" strokeWidth={3} />
    </>
  ),
  scooter: (
    <>
      <circle cx="12" cy="37" r="5" />
      <circle cx="37" cy="37" r="5" />
      <path d="M5 33c0-7 4-11 10-11h9l2 10h7c1.5-3.5 2-7.5 2-12" />
      <path d="M10 22v-3h12v3" />
      <path d="M30.5 12h7M34 12l3 25" />
    </>
  ),
  none: (
    <>
      <circle cx="24" cy="24" r="18" />
      <path d="M11.3 11.3l25.4 25.4" />
    </>
  ),
  "text-message": (
    <>
      <path d="M11 8h26a5 5 0 0 1 5 5v14a5 5 0 0 1-5 5H22l-9 8v-8h-2a5 5 0 0 1-5-5V13a5 5 0 0 1 5-5z" />
      <path d="M13 17h22M13 24h14" />
    </>
  ),
  phone: (
    <>
      <path d="M11 7h5l3.5 8-4 3.5c2 5 6 9 11 11l3.5-4 8 3.5v5c0 3-2.5 5-5 5C20 39 9 28 7 12c0-3 2-5 4-5z" />
      <path d="M29 6a13 13 0 0 1 13 13M29 13a6 6 0 0 1 6 6" />
    </>
  ),
  envelope: (
    <>
      <rect x="6" y="11" width="36" height="26" rx="3" />
      <path d="M7 13l17 13 17-13" />
    </>
  ),
  "at-sign": (
    <>
      <circle cx="24" cy="24" r="7" />
      <path d="M31 17v10a5 5 0 0 0 10 0v-3a17 17 0 1 0-6.7 13.5" />
    </>
  ),
  sunrise: (
    <>
      <path d="M14 31a10 10 0 0 1 20 0" />
      <path d="M5 31h38M13 37h22" />
      <path d="M24 18v-5M14.8 21.8l-3.5-3.5M33.2 21.8l3.5-3.5" />
    </>
  ),
  sun: (
    <>
      <circle cx="24" cy="24" r="8" />
      <path d="M24 11V6M24 37v5M11 24H6M37 24h5M14.8 14.8l-3.5-3.5M33.2 14.8l3.5-3.5M14.8 33.2l-3.5 3.5M33.2 33.2l3.5 3.5" />
    </>
  ),
  moon: (
    <path d="M38.87 27.04A16 16 0 1 1 20.96 9.13a13 13 0 0 0 17.91 17.91z" />
  ),
  meal: (
    <>
      <circle cx="24" cy="24" r="8.5" />
      <path d="M6 7v9a3 3 0 0 0 6 0V7M9 7v35" />
      <path d="M40 42V7c-3 2-4.5 6-4.5 13 0 2 1.5 3 4.5 3" />
    </>
  ),
  either: (
    <>
      <circle cx="13" cy="24" r="9" />
      <path d="M13 18.5V24l3.5 2.5" />
      <circle cx="35" cy="24" r="9" />
      <path d="M35 18.5a5.5 5.5 0 0 1 0 11z" fill="currentColor" />
    </>
  ),
  pencil: (
    <>
      <path d="M10 38l3-10L33 8l7 7-20 20z" />
      <path d="M29 12l7 7M13 28l7 7" />
    </>
  ),
  school: (
    <>
      <path d="M6 42h36M10 42V22h28v20" />
      <path d="M6 22l18-10 18 10" />
      <path d="M24 12V4h8v4h-8" />
      <path d="M20 42v-9h8v9M14 27h4M30 27h4" />
    </>
  ),
  certificate: (
    <>
      <path d="M26 34H8a2 2 0 0 1-2-2V10a2 2 0 0 1 2-2h32a2 2 0 0 1 2 2v22a2 2 0 0 1-2 2" />
      <path d="M12 16h24M12 22h12" />
      <circle cx="33" cy="30" r="5" />
      <path d="M30 34.5L28 42l5-3 5 3-2-7.5" />
    </>
  ),
  tools: (
    <path d="M30 6a9 9 0 0 0-8.5 12L7 32.5a3.5 3.5 0 0 0 5 5L26.5 23A9 9 0 0 0 38.5 14.5l-5.5 5.5-5-1-1-5 5.5-5.5A9 9 0 0 0 30 6z" />
  ),
  "cap-plus-2": capPlus(2),
  "cap-plus-3": capPlus(3),
  "cap-plus-5": capPlus(5),
  building: (
    <>
      <path d="M5 42h38M10 42V6h28v36" />
      <path d="M16 13h4M28 13h4M16 20h4M28 20h4M16 27h4M28 27h4" />
      <path d="M21 42v-8h6v8" />
    </>
  ),
  key: (
    <>
      <circle cx="14" cy="24" r="8" />
      <circle cx="12" cy="24" r="2" fill="currentColor" />
      <path d="M22 24h20M36 24v7M42 24v5" />
    </>
  ),
  tent: (
    <>
      <path d="M4 40h40M8 40L24 10l16 30" />
      <path d="M18 40l6-12 6 12M24 10L20 4M24 10l4-6" />
    </>
  ),
  bed: (
    <>
      <path d="M5 10v30M5 32h38v8" />
      <path d="M43 32v-6a5 5 0 0 0-5-5H21v11" />
      <circle cx="12.5" cy="25" r="3.5" />
    </>
  ),
  "broken-house": (
    <>
      <path d="M6 22L24 7l18 15" />
      <path d="M11 18v23h26V18" />
      <path d="M26 16l-5 7 5 4-4 7" />
    </>
  ),
  coins: (
    <>
      <ellipse cx="19" cy="12" rx="12" ry="5" />
      <path d="M7 12v6c0 2.8 5.4 5 12 5s12-2.2 12-5v-6M7 18v6c0 2.8 5.4 5 12 5" />
      <ellipse cx="30" cy="30" rx="12" ry="5" />
      <path d="M18 30v6c0 2.8 5.4 5 12 5s12-2.2 12-5v-6" />
    </>
  ),
  "door-exit": (
    <>
      <path d="M26 6H10v36h16" />
      <path d="M20 24h22M35 17l7 7-7 7" />
    </>
  ),
  tree: (
    <>
      <circle cx="24" cy="17" r="11" />
      <path d="M24 28v14M16 42h16M24 33l-5-5" />
    </>
  ),
  wheelchair: (
    <>
      <circle cx="20" cy="7" r="3" fill="currentColor" />
      <path d="M20 12v14h12l5 10" />
      <path d="M20 18h10" />
      <path d="M14 22a10 10 0 1 0 16 11" />
    </>
  ),
  wallet: (
    <>
      <path d="M33 14V9H9a3 3 0 0 0-3 3v26a3 3 0 0 0 3 3h29a3 3 0 0 0 3-3V17a3 3 0 0 0-3-3H9" />
      <rect x="30" y="22" width="11" height="8" rx="2" />
    </>
  ),
  "arrow-down": (
    <>
      <path d="M6 6v36h36" />
      <path d="M12 14l8 8 6-5 12 15" />
      <path d="M38 24v8h-8" />
    </>
  ),
  "arrow-up": (
    <>
      <path d="M6 6v36h36" />
      <path d="M12 32l8-8 6 5 12-15" />
      <path d="M30 14h8v8" />
    </>
  ),
  bill: (
    <>
      <path d="M12 6h18l8 8v28H12z" />
      <path d="M30 6v8h8" />
      <path d="M29.5 23.5a6 6 0 1 0 0 9M18.5 26.5h8M18.5 29.5h8" />
    </>
  ),
  zigzag: (
    <>
      <path d="M6 6v36h36" />
      <path d="M11 30l6-12 6 16 6-20 6 14 5-7" />
    </>
  ),
  "health-card": (
    <>
      <rect x="5" y="10" width="38" height="28" rx="3" />
      <path d="M14 19v10M9 24h10" />
      <path d="M25 19h12M25 25h12M25 31h8" />
    </>
  ),
  calendar: (
    <>
      <rect x="6" y="9" width="36" height="32" rx="3" />
      <path d="M6 18h36M15 5v8M33 5v8" />
      <path d="M13 25h4M22 25h4M31 25h4M13 33h4M22 33h4" />
    </>
  ),
  heart: (
    <path d="M24 40S6 29 6 17a9 9 0 0 1 18-3 9 9 0 0 1 18 3c0 12-18 23-18 23z" />
  ),
  baby: (
    <>
      <circle cx="24" cy="25" r="16" />
      <path d="M18 30a7 7 0 0 0 12 0M24 9c-3 0-4 3-1.5 5" />
      <circle cx="18" cy="22" r="1.8" fill="currentColor" />
      <circle cx="30" cy="22" r="1.8" fill="currentColor" />
    </>
  ),
  star: (
    <path d="M24 5l5.6 12.2 13.4 1.5-10 9 2.8 13.2L24 34.2l-11.8 6.7L15 27.7l-10-9 13.4-1.5z" />
  ),
  briefcase: (
    <>
      <rect x="5" y="14" width="38" height="26" rx="3" />
      <path d="M17 14V9a2 2 0 0 1 2-2h10a2 2 0 0 1 2 2v5M5 25h38" />
    </>
  ),
  check: (
    <>
      <circle cx="24" cy="24" r="18" />
      <path d="M15 24.5l6 6 12-13" />
    </>
  ),
  folder: (
    <>
      <path d="M5 12a3 3 0 0 1 3-3h10l4 5h18a3 3 0 0 1 3 3v21a3 3 0 0 1-3 3H8a3 3 0 0 1-3-3z" />
      <path d="M5 20h38" />
    </>
  ),
  medal: (
    <>
      <circle cx="24" cy="31" r="11" />
      <path d="M17 22.5L11 5h8l5 10 5-10h8l-6 17.5" />
      <circle cx="24" cy="31" r="4" fill="currentColor" />
    </>
  ),
  "paper-plane": (
    <>
      <path d="M42 6L4 22l14 6 4 14 6-10 10 6z" />
      <path d="M18 28L42 6" />
    </>
  ),
  conversation: (
    <>
      <path d="M6 6h22a3 3 0 0 1 3 3v11a3 3 0 0 1-3 3H15l-6 5v-5H6a3 3 0 0 1-3-3V9a3 3 0 0 1 3-3z" />
      <path d="M35 18h7a3 3 0 0 1 3 3v10a3 3 0 0 1-3 3h-2v5l-6-5H22a3 3 0 0 1-3-3v-3" />
    </>
  ),
  lightbulb: (
    <>
      <path d="M18 33c0-4-6-7-6-15a12 12 0 0 1 24 0c0 8-6 11-6 15z" />
      <path d="M18 38h12M20 43h8" />
    </>
  ),
  checklist: (
    <>
      <rect x="8" y="4" width="32" height="40" rx="3" />
      <path d="M14 13l3 3 5-5M14 24l3 3 5-5M14 35l3 3 5-5" />
      <path d="M27 14h8M27 25h8M27 36h8" />
    </>
  ),
  globe: (
    <>
      <circle cx="24" cy="24" r="18" />
      <path d="M6 24h36" />
      <path d="M24 6c-6 5-9 11-9 18s3 13 9 18c6-5 9-11 9-18s-3-13-9-18z" />
    </>
  ),
  plane: (
    <path d="M24 4c-2 0-3 2-3 4v11L5 29v5l16-5v8l-5 4v3l8-2 8 2v-3l-5-4v-8l16 5v-5L27 19V8c0-2-1-4-3-4z" />
  ),
  "arrow-return": (
    <>
      <path d="M36 40V20a10 10 0 0 0-20 0v8" />
      <path d="M9 21l7 7 7-7" />
    </>
  ),
};

/** A graduation cap with the years of study after the bac ("+2"), for the levels after it. */
function capPlus(years: number): ReactNode {
  return (
    <>
      <path d="M3 16l15-7 15 7-15 7z" />
      <path d="M9.5 19.5V26c0 2.5 4 4 8.5 4s8.5-1.5 8.5-4v-6.5" />
      <text x="33" y="44" direction="ltr" fontSize="17" fontWeight="700" textAnchor="middle" fill="currentColor" stroke="none">
        +{years}
      </text>
    </>
  );
}
