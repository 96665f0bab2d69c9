// Who set off a direct clash, in words: Control's inject, or the power held to have caused it.
import type { Power } from '../engine';
import { POWER_NAME, injectAuthor } from '../text/crisisText';

/** Null when neither is known. */
export const clashAuthor = (r: { clashBy: Power | null; clashInject?: string }): string | null =>
  r.clashInject !== undefined ? injectAuthor(r.clashInject) : r.clashBy ? POWER_NAME[r.clashBy] : null;
