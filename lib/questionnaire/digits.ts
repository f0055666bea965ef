// Digits as people type them: Arabic-Indic (٠–٩), Eastern Arabic-Indic or Persian (۰–۹), full-width (０–９) and
// other scripts' decimal digits read as 0–9, so "١٢ / ٣ / ١٩٧٧" is a date and "٠٦١٢٣٤٥٦٧٨" a phone number.
// Answers are kept as typed; checks and what is shown use the Latin digits.

// The zero of each run of ten decimal digits a phone or computer keyboard gives (Unicode category Nd).
const ZEROS = [0x0030, 0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x17e0, 0x1810, 0xff10];

/** The value 0–9 of a decimal digit of any of these scripts, or null. */
function digitValue(char: string): number | null {
  const codePoint = char.codePointAt(0);
  if (codePoint === undefined) return null;
  for (const zero of ZEROS) if (codePoint >= zero && codePoint <= zero + 9) return codePoint - zero;
  return null;
}

// Signs typed with a digit on some keyboards: the Arabic decimal separator and the full-width plus, dot, comma,
// hyphen, slash and space.
const SIGNS: Record<string, string> = { "٫": ",", "＋": "+", "．": ".", "，": ",", "－": "-", "／": "/", "\u3000": " " };

/** The text with every digit in Latin (0–9) and those signs in ASCII; anything else unchanged. */
export function toLatinDigits(text: string): string {
  let out = "";
  for (const char of text) {
    const value = digitValue(char);
    out += value === null ? (SIGNS[char] ?? char) : String(value);
  }
  return out;
}
