// The escalation ladder's rungs by index (RUNGS in the engine), named in the page's language.
import { t } from '../i18n/messages';

export const RUNG_NAMES = (): string[] => [t().review_rung_0(), t().review_rung_1(), t().review_rung_2(), t().review_rung_3(), t().review_rung_4(), t().review_rung_5()];
