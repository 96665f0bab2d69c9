// Words for combat, in the page's language: a table result, the map's short odds tag and the side panel's
// full preview.
import type { CombatPreview, CombatResult } from '../engine/core';
import { type Messages, t } from '../i18n/messages';

const RESULT_TEXT: Readonly<Record<CombatResult, (m: Messages) => string>> = {
  AL2: (m) => m.panel_log_result_al2(),
  AL: (m) => m.panel_log_result_al(),
  NE: (m) => m.panel_log_result_ne(),
  EX: (m) => m.panel_log_result_ex(),
  DL: (m) => m.panel_log_result_dl(),
  DL2: (m) => m.panel_log_result_dl2(),
};

/** A combat table result in words ("defender loses a step"), not the engine's code ("DL"). */
export const combatResultText = (r: CombatResult): string => RESULT_TEXT[r](t());

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
  const m = t();
  const parts = [p.odds.odds, m.map_tag_hit({ pct: sixthsPct(anyLoss(p.defenderLoss)) })];
  const risk = anyLoss(p.attackerLoss);
  if (risk > 0) parts.push(m.map_tag_risk({ pct: sixthsPct(risk) }));
  if (p.takeSixths > 0) parts.push(m.map_tag_take({ pct: sixthsPct(p.takeSixths) }));
  return parts.join(' · ');
}

/** "0 steps 83%, 1 step 17%": each possible loss with its chance. */
function lossLine(hist: readonly number[]): string {
  return hist.map((n, steps) => (n > 0 ? t().panel_preview_steps({ steps, pct: sixthsPct(n) }) : '')).filter(Boolean).join(t().panel_log_list_separator());
}

/** The full preview for the side panel, one line a row: defender, attacker, the hex, retreat. */
export function previewLines(p: CombatPreview): { label: string; text: string }[] {
  const m = t();
  const loss = (hist: readonly number[], expected: number, destroyed: number, destroyedMessage: typeof m.panel_preview_loss_destroyed): string => {
    const inputs = { losses: lossLine(hist), expected: sixthsSteps(expected) };
    return destroyed > 0 ? destroyedMessage({ ...inputs, pct: sixthsPct(destroyed) }) : m.panel_preview_loss(inputs);
  };
  const rows = [
    { label: m.panel_preview_defender(), text: loss(p.defenderLoss, p.defenderExpectedSixths, p.defenderDestroyedSixths, m.panel_preview_loss_destroyed) },
    { label: m.panel_preview_attacker(), text: p.odds.kind === 'assault' ? loss(p.attackerLoss, p.attackerExpectedSixths, p.attackerDestroyedSixths, m.panel_preview_own_destroyed) : m.panel_preview_no_loss() },
    { label: m.panel_preview_take(), text: p.odds.kind === 'assault' ? m.panel_preview_take_assault({ pct: sixthsPct(p.takeSixths) }) : m.panel_preview_take_none() },
    { label: m.panel_preview_retreat(), text: m.panel_preview_no_retreat() },
  ];
  return rows;
}
