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
};
