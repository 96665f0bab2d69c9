// Names of the menu's choices that other screens show too (the HUD, the exercise setup, the class
// server's form). Kept apart from the start menu so that those screens do not load the menu, and with it
// the saves' zod checks, before the map is playable.
import type { Doctrine, Power } from '../engine/core';
import { t } from '../i18n/messages';

// Functions, not tables: the words exist only once a language is loaded (src/ui/language.ts).
export const campLabel = (camp: Power): string => (camp === 'coalition' ? t().common_camp_coalition() : t().common_camp_russia());

export function doctrineName(d: Doctrine): string {
  return { cautious: t().common_doctrine_cautious, balanced: t().common_doctrine_balanced, assertive: t().common_doctrine_assertive }[d]();
}
