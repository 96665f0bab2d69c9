// The crisis numbers players are told (briefings, the ladder, the strike warning, the hotline form
// and its messages), as a read-only summary. The tuning tables they come from (crisisRules.ts) stay
// inside the engine: a layer that needs a rule's result asks the rule itself (strikeRisk,
// misidChance, hiddenStrikeChance, firefightChance, defenceOf, defenceAt, predictMessage).
import { CLASH_SCORE, FIREFIGHT, HOTLINE, LOWER, MISID, PROVOCATION_RUNG, RAISE, TRUST } from './crisisRules';

type Figures<K extends string> = Readonly<Record<K, number>>;

export interface RulesSummary {
  /** Escalation points added, before the retaliation multiplier from Confrontation up. */
  readonly raise: Figures<'contact' | 'firefight' | 'misidentifiedStrike' | 'provocation' | 'deliberateAttack' | 'greatPowerStep'
    | 'lineCrossed' | 'agreementBroken' | 'warningIgnored' | 'publicWarning'>;
  /** Escalation points taken off. */
  readonly lower: Figures<'meeting' | 'acknowledge' | 'ruledAccident'>;
  /** Trust changes, signed. */
  readonly trust: Figures<'unanswered' | 'broken' | 'ruledAccident' | 'ruledAttributed'>;
  /** A strike near the other power's forces: the chance of hitting them, in percent, and what moves it (signed points). */
  readonly misidentification: Figures<'base' | 'unseen' | 'notice' | 'shared'>;
  /** Units in contact at the end of a turn: the firefight chance in percent, and what each rung adds. */
  readonly firefight: Figures<'base' | 'perRung'>;
  /** Scores after a direct clash: the power that set it off, and the other. */
  readonly clashScore: Figures<'culprit' | 'other'>;
  /** What one hotline message may hold, and how long a warning binds. */
  readonly hotline: Figures<'maxAreaRadius' | 'maxAgreementTurns' | 'warningTurns'>;
  /** From this rung up (an index into RUNGS), an unnotified strike near the other power is a provocation. */
  readonly provocationRung: number;
}

const SUMMARY: RulesSummary = deepFreeze({
  raise: {
    contact: RAISE.contact,
    firefight: RAISE.firefight,
    misidentifiedStrike: RAISE.misidentified_strike,
    provocation: RAISE.provocation,
    deliberateAttack: RAISE.deliberate_attack,
    greatPowerStep: RAISE.greatPowerStep,
    lineCrossed: RAISE.line_crossed,
    agreementBroken: RAISE.agreement_broken,
    warningIgnored: RAISE.warning_ignored,
    publicWarning: RAISE.public_warning,
  },
  lower: { meeting: LOWER.meeting, acknowledge: LOWER.acknowledge, ruledAccident: LOWER.ruledAccident },
  trust: { unanswered: TRUST.unanswered, broken: TRUST.broken, ruledAccident: TRUST.ruledAccident, ruledAttributed: TRUST.ruledAttributed },
  misidentification: { base: MISID.base, unseen: MISID.fog, notice: MISID.notice, shared: MISID.shared },
  firefight: { base: FIREFIGHT.base, perRung: FIREFIGHT.perRung },
  clashScore: { culprit: CLASH_SCORE.culprit, other: CLASH_SCORE.other },
  hotline: { maxAreaRadius: HOTLINE.maxAreaRadius, maxAgreementTurns: HOTLINE.maxAgreementTurns, warningTurns: HOTLINE.warningTurns },
  provocationRung: PROVOCATION_RUNG,
});

/** The crisis numbers players are told. Frozen: the same object every call. */
export function rulesSummary(): RulesSummary {
  return SUMMARY;
}

function deepFreeze<T extends object>(o: T): T {
  for (const v of Object.values(o)) if (typeof v === 'object' && v !== null) deepFreeze(v);
  return Object.freeze(o);
}
