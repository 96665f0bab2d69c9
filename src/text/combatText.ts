// Words for a combat preview: the map's short odds tag and the side panel's full account.
import type { CombatPreview } from '../engine';

/** A chance in sixths as whole percent, rounded as Odds.hitPct is. */
export const sixthsPct = (n: number): number => Math.floor((n * 100 + 3) / 6);

/** An expectation in sixths of a step, to two decimals ("0.17"). */
export function sixthsSteps(n: number): string {
  const hundredths = Math.floor((n * 100 + 3) / 6);
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
}

/** Chance in sixths of losing at least one step. */
const anyLoss = (hist: readonly number[]): number => hist.slice(1).reduce((s, n) => s + n, 0);

/**
 * The map's tag: the odds, the chance to hurt the defender, and the attacker's risk (the chance to
 * lose a step) and chance to take the hex where they are not nil. "1:2 · hit 17% · risk 83%".
 */
export function previewTag(p: CombatPreview): string {
  const parts = [p.odds.odds, `hit ${sixthsPct(anyLoss(p.defenderLoss))}%`];
  const risk = anyLoss(p.attackerLoss);
  if (risk > 0) parts.push(`risk ${sixthsPct(risk)}%`);
  if (p.takeSixths > 0) parts.push(`take ${sixthsPct(p.takeSixths)}%`);
  return parts.join(' · ');
}

const stepsWord = (n: number): string => `${n} step${n === 1 ? '' : 's'}`;

/** "0 steps 83%, 1 step 17%": each possible loss with its chance. */
function lossLine(hist: readonly number[]): string {
  return hist.map((n, steps) => (n > 0 ? `${stepsWord(steps)} ${sixthsPct(n)}%` : '')).filter(Boolean).join(', ');
}

/** The full preview for the side panel, one line a row: defender, attacker, the hex, retreat. */
export function previewLines(p: CombatPreview): { label: string; text: string }[] {
  const rows = [
    { label: 'Defender loses', text: `${lossLine(p.defenderLoss)}; expected ${sixthsSteps(p.defenderExpectedSixths)} steps${p.defenderDestroyedSixths > 0 ? `; a unit destroyed ${sixthsPct(p.defenderDestroyedSixths)}%` : ''}` },
    p.odds.kind === 'assault'
      ? { label: 'You lose', text: `${lossLine(p.attackerLoss)}; expected ${sixthsSteps(p.attackerExpectedSixths)} steps${p.attackerDestroyedSixths > 0 ? `; destroyed ${sixthsPct(p.attackerDestroyedSixths)}%` : ''}` }
      : { label: 'You lose', text: 'nothing: fire and air strikes cannot hurt the firer' },
    { label: 'Take the hex', text: p.odds.kind === 'assault' ? `${sixthsPct(p.takeSixths)}% (if the hex is emptied and your unit survives, it advances)` : 'no: only an assault advances' },
    { label: 'Retreat', text: 'none: these rules have no retreat result, only step losses' },
  ];
  return rows;
}
