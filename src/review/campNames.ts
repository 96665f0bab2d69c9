// The camps' short names in the review (its sentences, charts and tables), in the page's language.
import type { Camp } from '../engine';
import { t } from '../i18n/messages';

export const campShort = (c: Camp): string =>
  c === 'coalition' ? t().review_camp_coalition() : c === 'russia' ? t().review_camp_russia() : t().review_camp_is();
