// Signed numbers and hex references in right-to-left text. A leading minus is a weak character that
// the bidi algorithm places by its neighbours, so in Arabic "-40,23" reads "40,23-" and a trust change
// "-10" reads "10-". Each is wrapped in a left-to-right isolate (U+2066 … U+2069): invisible, and it
// keeps the sign and both coordinates in their order whatever surrounds them.

const LRI = '\u2066';
const PDI = '\u2069';
/**
 * A signed number or coordinate pair ("-40,23", "+3", "40,-23"), not already isolated, and not part of a
 * word or an id ("deir-ez-zor-2017", "obj-1": a letter, digit, _ or - before it).
 */
const SIGNED = /(?<![\p{L}\p{N}_\u2066])[-+\u2212]\d+(?:,[-+\u2212]?\d+)?(?![\p{L}_-])|(?<![\p{L}\p{N}_\u2066,+\u2212-])\d+,[-+\u2212]\d+(?![\p{L}_-])/gu;

/** `text` with each signed number and coordinate pair isolated left to right. */
export function isolateSigned(text: string): string {
  return text.replace(SIGNED, (m) => `${LRI}${m}${PDI}`);
}
