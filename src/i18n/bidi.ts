// Signed numbers and hex references in right-to-left text. A leading minus is a weak character that
// the bidi algorithm places by its neighbours, so in Arabic "-40,23" reads "40,23-" and a trust change
// "-10" reads "10-". Each is wrapped in a left-to-right isolate (U+2066 … U+2069): invisible, and it
// keeps the sign and both coordinates in their order whatever surrounds them.

const LRI = '\u2066';
const PDI = '\u2069';
/** A signed number or coordinate pair ("-40,23", "+3", "40,-23"), not already isolated. */
const SIGNED = /(?<![\d\u2066])[-+\u2212]\d+(?:,[-+\u2212]?\d+)?|(?<![\d\u2066,+\u2212-])\d+,[-+\u2212]\d+/g;

/** `text` with each signed number and coordinate pair isolated left to right. */
export function isolateSigned(text: string): string {
  return text.replace(SIGNED, (m) => `${LRI}${m}${PDI}`);
}

/** A hex reference ("q,r") isolated left to right, for text put together outside a message. */
export function isolateHex(hex: string): string {
  return `${LRI}${hex}${PDI}`;
}
