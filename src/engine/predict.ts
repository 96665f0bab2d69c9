// The predicted effect of a hotline message, shown before it is sent. Works on a view: it states the
// certain changes as numbers and the conditional ones as notes, from the same tables the rules use.
import { EXPOSURE_PCT, HOTLINE, LOWER, MISID, RAISE, RETALIATION_PCT, RETALIATION_RUNG, TRUST, rungOf } from './crisisRules';
import type { MessageBody } from './crisisTypes';
import type { CrisisBoard } from './fog';
import { answered, checkMessage } from './hotline';
import type { Scenario } from './scenario';
import type { EngineError } from './types';

export type Prediction =
  | { ok: true; escalation: number; trust: number; notes: string[] }
  | { ok: false; error: EngineError };

const turns = (n: number): string => `${n} turn${n === 1 ? '' : 's'}`;

export function predictMessage(scenario: Scenario, board: CrisisBoard, body: MessageBody): Prediction {
  const error = checkMessage(scenario, board, body);
  if (error) return { ok: false, error };
  const retaliation = rungOf(board.crisis.escalation.points) >= RETALIATION_RUNG;
  const scaled = (n: number): number => (retaliation ? Math.floor((n * RETALIATION_PCT) / 100) : n);
  const ifAccepted = `If accepted: trust +${TRUST.agreement}`;
  const kept = `each turn it is kept lowers escalation by ${LOWER.honoured} and raises trust by ${TRUST.honoured}`;
  const broken = `breaking it is an incident (+${RAISE.agreement_broken} escalation, ${TRUST.broken} trust)`;
  const out = (notes: string[], escalation = 0, trust = 0): Prediction => ({ ok: true, escalation, trust, notes });
  switch (body.kind) {
    case 'notify':
      return out(body.activity === 'strike'
        ? [`Your strikes in the area on turn ${body.turn} are ${-MISID.notice} points less likely to hit the other power's forces.`,
          'If one does go astray, the other power will know it was yours: no dispute, and no provocation.']
        : ['Tells the other power where your ground forces will operate, so it can keep clear.']);
    case 'propose_line':
      return out([
        body.line.kind === 'river' ? 'Each power keeps to its own bank of the Euphrates.' : `Neither power enters the ${body.line.hexes.length} hexes of the line.`,
        `${ifAccepted}; crossing it is an incident (+${RAISE.line_crossed} escalation, ${TRUST.broken} trust); ${kept}.`,
      ]);
    case 'share_positions':
      return out([
        `The other power sees your units in the area for ${turns(body.turns)}: this gives away intelligence.`,
        `Its strikes there become ${-MISID.shared} points less likely to hit your forces.`,
      ], 0, TRUST.share);
    case 'request_hold_fire':
      return out([`${ifAccepted}; the other power must not fire into the area for ${turns(body.turns)}; ${broken}.`]);
    case 'request_withdrawal':
      return out([`${ifAccepted}; the other power must leave the area by the end of its next turn and stay out for ${turns(body.turns)}; ${broken}.`]);
    case 'warn':
      return out([
        `For ${turns(HOTLINE.warningTurns)}, the other power's moves or fire into the area count as ignoring the warning (+${RAISE.warning_ignored} escalation).`,
        ...(body.public ? ['A public warning through the media raises escalation at once.'] : ['A private warning costs nothing now.']),
      ], body.public ? scaled(RAISE.public_warning) : 0);
    case 'protest':
      return out([
        'The other power must answer in its next phase, or lose trust.',
        `Acknowledging lowers escalation by ${LOWER.acknowledge}; a false denial costs trust and may be exposed.`,
      ]);
    case 'request_meeting':
      return out([`${ifAccepted}; the generals meet next turn: escalation -${LOWER.meeting}, trust +${TRUST.meeting}, and each side sees the other's forces for that turn.`]);
    case 'accept':
      return out(['You are bound by what you accept.'], 0, TRUST.agreement);
    case 'reject':
      return out(['The request lapses.'], 0, TRUST.rejected);
    case 'counter':
      return out(['Rejects the proposed line and proposes yours; the other power must answer.']);
    case 'acknowledge': {
      const m = answered(board, body);
      if (m?.body.kind !== 'protest') return out(['Confirms receipt.'], 0, TRUST.acknowledgeNotice);
      return out(['You accept responsibility: the other power knows it was you.'], -LOWER.acknowledge, TRUST.acknowledge);
    }
    case 'deny': {
      const m = answered(board, body);
      const incident = m?.body.kind === 'protest' ? board.crisis.incidents.find((i) => i.id === (m.body as { incident: string }).incident) : undefined;
      if (!incident || incident.cause !== board.phase || !incident.victim) return out(['You did not cause it: an honest denial costs nothing.']);
      const certain = incident.knowledge[incident.victim] === 'knows';
      return out([
        `A false denial. ${certain ? 'The other power knows it was you: it will be exposed.' : `It may be exposed (${EXPOSURE_PCT}% chance).`}`,
        `Exposure costs ${TRUST.exposed} more trust and raises escalation by ${RAISE.false_denial}.`,
      ], 0, TRUST.falseDenial);
    }
  }
}
