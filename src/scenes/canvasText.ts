// A map text in the page's language, for a Phaser Text. The canvas lays text out left to right (Latin
// place names must stay so), which put an Arabic tag's parts in left-to-right order: "(RU)" and "until
// turn 5" ahead of what the tag is. A text with Arabic in it is wrapped in a right-to-left isolate
// (U+2067 … U+2069): the canvas then orders its parts right to left; the marks draw nothing.
import { currentLocale, isRtl } from '../i18n/messages';

const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

export function canvasText(text: string): string {
  return isRtl(currentLocale()) && RTL_LETTER.test(text) && !text.startsWith('\u2067') ? `\u2067${text}\u2069` : text;
}
