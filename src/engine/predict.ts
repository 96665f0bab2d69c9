// The predicted effect of a hotline message, shown before it is sent. Works on a view: it states the
// certain changes as numbers and the conditional ones as notes, from the same tables the rules use.
import { EXPOSURE_PCT, HOTLINE, LOWER, MISID, RAISE, RETALIATION_PCT, RETALIATION_RUNG, TRUST, rungOf } from './crisisRules';
import type { MessageBody } from './crisisTypes';
import type { CrisisBoard } from './fog';
import { answered, checkMessage } from './hotline';
import type { Scenario } from './scenario';
import type { EngineError } from './types';
import { type PredictNote, note } from './predictNotes';

export type Prediction =
  | { ok: true; escalation: number; trust: number; notes: PredictNote[] }
  | { ok: false; error: EngineError };

export function predictMessage(scenario: Scenario, board: CrisisBoard, body: MessageBody): Prediction {
  const error = checkMessage(scenario, board, body);
  if (error) return { ok: false, error };
  const retaliation = rungOf(board.crisis.escalation.points) >= RETALIATION_RUNG;
  const scaled = (n: number): number => (retaliation ? Math.floor((n * RETALIATION_PCT) / 100) : n);
  const broken = { escalation: RAISE.agreement_broken, brokenTrust: TRUST.broken };
  const out = (notes: PredictNote[], escalation = 0, trust = 0): Prediction => ({ ok: true, escalation, trust, notes });
  switch (body.kind) {
    case 'notify':
      return out(body.activity === 'strike'
        ? [note('notify_strike', { turn: body.turn, points: -MISID.notice }), note('notify_strike_astray', {})]
        : [note('notify_ground', {})]);
    case 'propose_line':
      return out([
        body.line.kind === 'river' ? note('line_river', {}) : note('line_hexes', { hexes: body.line.hexes.length }),
        note('line_terms', { trust: TRUST.agreement, escalation: RAISE.line_crossed, brokenTrust: TRUST.broken, lower: LOWER.honoured, keptTrust: TRUST.honoured }),
      ]);
    case 'share_positions':
      return out([note('share_sees', { turns: body.turns }), note('share_strikes', { points: -MISID.shared })], 0, TRUST.share);
    case 'request_hold_fire':
      return out([note('hold_fire_terms', { trust: TRUST.agreement, turns: body.turns, ...broken })]);
    case 'request_withdrawal':
      return out([note('withdrawal_terms', { trust: TRUST.agreement, turns: body.turns, ...broken })]);
    case 'warn':
      return out([
        note('warn_window', { turns: HOTLINE.warningTurns, escalation: RAISE.warning_ignored }),
        body.public ? note('warn_public', {}) : note('warn_private', {}),
      ], body.public ? scaled(RAISE.public_warning) : 0);
    case 'protest':
      return out([note('protest_answer', {}), note('protest_replies', { lower: LOWER.acknowledge })]);
    case 'request_meeting':
      return out([note('meeting_terms', { trust: TRUST.agreement, lower: LOWER.meeting, meetingTrust: TRUST.meeting })]);
    case 'accept':
      return out([note('accept_bound', {})], 0, TRUST.agreement);
    case 'reject':
      return out([note('reject_lapses', {})], 0, TRUST.rejected);
    case 'counter':
      return out([note('counter_line', {})]);
    case 'acknowledge': {
      const m = answered(board, body);
      if (m?.body.kind !== 'protest') return out([note('acknowledge_receipt', {})], 0, TRUST.acknowledgeNotice);
      return out([note('acknowledge_responsibility', {})], -LOWER.acknowledge, TRUST.acknowledge);
    }
    case 'deny': {
      const m = answered(board, body);
      const incident = m?.body.kind === 'protest' ? board.crisis.incidents.find((i) => i.id === (m.body as { incident: string }).incident) : undefined;
      if (!incident || incident.cause !== board.phase || !incident.victim) return out([note('deny_honest', {})]);
      const certain = incident.knowledge[incident.victim] === 'knows';
      return out([
        certain ? note('deny_false_known', {}) : note('deny_false_chance', { pct: EXPOSURE_PCT }),
        note('deny_exposure', { trust: TRUST.exposed, escalation: RAISE.false_denial }),
      ], 0, TRUST.falseDenial);
    }
  }
}
