// Engine events in plain English for the log. Works only from the filtered events the session hands
// out, so an unseen unit is never named.
import { type Camp, type CombatResult, type GameEvent, type Hex, type Scenario, formatDate, hexDistance } from '../engine';

export interface EventContext {
  scenario: Scenario;
  unitName(id: string): string;
}

const RESULT_TEXT: Readonly<Record<CombatResult, string>> = {
  AL2: 'attacker loses 2 steps',
  AL: 'attacker loses a step',
  NE: 'no effect',
  EX: 'both sides lose a step',
  DL: 'defender loses a step',
  DL2: 'defender loses 2 steps',
};

export const campName = (scenario: Scenario, camp: Camp): string => scenario.data.camps[camp].name;

/** Short camp names for the log, where the scenario's full names would crowd every line. */
export const CAMP_SHORT: Readonly<Record<Camp, string>> = { coalition: 'Coalition', russia: 'Government side', is: 'IS' };

/** A place name for a hex: the gazetteer's, an objective's, or its coordinates near a named place. */
export function hexName(scenario: Scenario, h: Hex): string {
  const place = scenario.map.placeAt(h);
  if (place) return place.name;
  const objective = scenario.objectives.find((o) => o.hex.q === h.q && o.hex.r === h.r);
  if (objective) return objective.name;
  const near = scenario.map.data.places
    .map((p) => ({ name: p.name, d: hexDistance(h, { q: p.hex[0], r: p.hex[1] }) }))
    .filter((p) => p.d <= 2)
    .sort((a, b) => a.d - b.d)[0];
  return near ? `hex ${h.q},${h.r} near ${near.name}` : `hex ${h.q},${h.r}`;
}

export function describeEvent(e: GameEvent, ctx: EventContext): string | null {
  const { scenario } = ctx;
  const name = ctx.unitName;
  const at = (h: Hex): string => hexName(scenario, h);
  const short = (c: Camp): string => CAMP_SHORT[c];
  switch (e.type) {
    case 'turn_started': return `Turn ${e.turn} begins: ${formatDate(e.date)}.`;
    case 'phase_started': return `${short(e.camp)} phase.`;
    case 'unit_moved': {
      const last = e.path[e.path.length - 1];
      return last ? `${name(e.unit)} moved to ${at(last)}.` : `${name(e.unit)} moved out of sight.`;
    }
    case 'move_interrupted': return `${name(e.unit)} ran into an unseen enemy near ${at(e.contact)} and stopped.`;
    case 'combat': {
      const who = e.kind === 'air' ? `${short(e.camp)} air strike`
        : e.attacker ? name(e.attacker) : `An unseen ${short(e.camp)} unit`;
      const verb = e.kind === 'assault' ? 'assaulted' : e.kind === 'fire' ? 'fired on' : 'hit';
      const target = e.defenders.length > 0 ? e.defenders.map(name).join(', ') : at(e.target);
      return `${who} ${verb} ${target} at ${e.odds} (${e.attack} vs ${e.defence}), roll ${e.roll}: ${RESULT_TEXT[e.result]}.`;
    }
    case 'unit_hit': return e.steps > 0 ? `${name(e.unit)} lost ${e.steps} step${e.steps > 1 ? 's' : ''} (${e.strength} left).` : null;
    case 'unit_destroyed': return `${name(e.unit)} was destroyed at ${at(e.hex)}${e.greatPower ? ' (great-power troops killed)' : ''}.`;
    case 'unit_advanced': return `${name(e.unit)} advanced into ${at(e.to)}.`;
    case 'objective_captured': {
      const obj = scenario.objectives.find((o) => o.id === e.objective);
      const from = e.from ? ` from ${short(e.from)}` : '';
      return `${short(e.camp)} took ${obj?.name ?? e.objective}${from}.`;
    }
    case 'pontoon_built': return `${short(e.camp)} engineers bridged the river at ${at(e.hex)}.`;
    case 'reinforcements_arrived': return `Reinforcements for ${short(e.camp)}: ${e.units.map(name).join(', ')}.`;
    case 'game_over': {
      const w = e.report.winner;
      if (w === 'none') return `Game over: a direct US-Russian clash${e.report.clashBy ? `, set off by ${short(e.report.clashBy)}` : ''}. Both camps lose.`;
      return `Game over: ${w === 'draw' ? 'a draw' : `${short(w)} wins`}.`;
    }
    default: return null;
  }
}
