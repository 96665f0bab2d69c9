// The chance that a strike is taken for the other power's: a rule of fire (strikes.ts) that the escalation
// ladder's tip shows before any command is given, so it stays apart from the command rules (issue 19).
import { MISID, clamp } from './crisisRules';

/**
 * The chance in percent that a strike near the other power's units hits them instead, at this trust:
 * raised when some of them are unseen, lowered by a notice and by positions they shared.
 */
export function misidChance(trust: number, why: { unseen?: boolean; notified?: boolean; shared?: boolean } = {}): number {
  const chance = MISID.base + (why.unseen ? MISID.fog : 0) + (why.notified ? MISID.notice : 0) + (why.shared ? MISID.shared : 0)
    - Math.floor(trust / MISID.trustDivisor);
  return clamp(chance, MISID.min, MISID.max);
}
