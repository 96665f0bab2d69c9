// Keeping and breaking agreements: the engine watches every move and every shot for a broken line,
// hold-fire, withdrawal or ignored warning, and rewards pulling back behind the line.
import { activeAgreements, beyondLine, inArea } from './areas';
import { ownAgreement } from './clone';
import { LOWER, TRUST } from './crisisRules';
import type { Agreement, IncidentType } from './crisisTypes';
import { adjustTrust, isPower, lower, otherPower, recordIncident } from './escalation';
import type { Hex } from './hex';
import type { Scenario } from './scenario';
import type { GameEvent, GameState, Power, Unit } from './types';

/**
 * `by` broke `agreement` at `hex`. The first breach of an agreement in a turn is an incident and costs
 * trust; further breaches of it that turn add nothing.
 */
export function breakAgreement(
  scenario: Scenario, state: GameState, events: GameEvent[], agreement: Agreement, by: Power, hex: Hex, type: IncidentType,
): void {
  // The agreement as it stands in this state, which an earlier breach this command may have replaced.
  const current = state.crisis.agreements.find((a) => a.id === agreement.id)!;
  if (current.violations.includes(state.turn)) return;
  ownAgreement(state.crisis, agreement.id).violations.push(state.turn);
  const incident = recordIncident(scenario, state, events, { type, hex, cause: by, victim: otherPower(by) });
  events.push({ type: 'agreement_violated', agreement: agreement.id, by, incident: incident.id });
  adjustTrust(state, events, TRUST.broken, `${by} broke agreement ${agreement.id}`);
}

/** Checks a finished move of `unit` along `walked` (start hex first) against the agreements in force. */
export function checkMove(scenario: Scenario, state: GameState, unit: Unit, walked: readonly Hex[], events: GameEvent[]): void {
  const camp = unit.camp;
  if (!isPower(camp) || walked.length < 2) return;
  const entered = walked.slice(1);
  for (const a of activeAgreements(state.crisis.agreements, state.turn)) {
    if (!a.bound.includes(camp)) continue;
    if (a.kind === 'line' && a.line) {
      const beyond = walked.map((h) => beyondLine(scenario.map, a.line!, camp, h));
      // A crossing is a step over the line. Leaving the far side is pulling back, which counts only
      // in a turn the camp has kept the line (no crossing and returning for the reward).
      const step = beyond.findIndex((b, i) => b && i > 0 && !beyond[i - 1]);
      if (step > 0) breakAgreement(scenario, state, events, a, camp, walked[step]!, 'line_crossed');
      else if (beyond[0] && !beyond[beyond.length - 1] && !a.violations.includes(state.turn)) {
        lower(state, events, LOWER.pullBack, { cause: `${unit.name} pulled back behind the line`, by: camp });
      }
    } else if ((a.kind === 'withdrawal' || a.kind === 'warning') && a.area) {
      const area = a.area;
      const into = entered.find((h) => inArea(area, h));
      if (into && !inArea(area, walked[0]!)) breakAgreement(scenario, state, events, a, camp, into, a.kind === 'warning' ? 'warning_ignored' : 'agreement_broken');
    }
  }
}

/** At the end of `camp`'s phase: a withdrawal accepted in an earlier turn is broken while its units stay. */
export function checkWithdrawals(scenario: Scenario, state: GameState, camp: Power, events: GameEvent[]): void {
  for (const a of activeAgreements(state.crisis.agreements, state.turn)) {
    if (a.kind !== 'withdrawal' || !a.area || !a.bound.includes(camp) || a.from >= state.turn) continue;
    const area = a.area;
    const stayer = state.units.find((u) => u.camp === camp && inArea(area, u.hex));
    if (stayer) breakAgreement(scenario, state, events, a, camp, stayer.hex, 'agreement_broken');
  }
}
