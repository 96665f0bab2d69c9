// Plays a replay's commands again and reads each command's events: the timeline (decisions, captures,
// incidents, messages, injects, each with the escalation changes it caused), the per-turn series and
// the facts the history comparison needs. Injects are read defensively: an engine without them never
// emits their event, and one with them needs no change here.
import {
  type Bank, type Camp, type Command, type GameEvent, type GameState, type Power, type Scenario, CAMPS, isPower, newGame, strikeRisk,
  type Unit, victoryPoints,
} from '../engine';
import type { FiredInject } from '../engine';
import { fold } from '../match/fold';
import type { Replay } from '../replay/format';
import { INCIDENT_NAME, POWER_NAME, causeText, injectAuthor, rulingText, senderText } from '../text/crisisText';
import { t } from '../i18n/messages';
import { clashAuthor } from './clash';
import { CLASH_REF } from './keyMoments';
import { formatMessage } from '../text/messageText';
import { hexRef } from '../text/places';
import { combatResultText } from '../text/combatText';
import { campShort } from './campNames';
import type { Actor, EscalationChange, ReviewSeries, TimelineEntry } from './types';
import { localInject, scenarioText } from '../text/scenarioText';

export interface Capture { turn: number; command: number; objective: string; camp: Camp; from: Camp | null }
export interface Crossing { turn: number; command: number; camp: Camp; unit: string; pontoon: boolean; where: string }
/** Fire (air, artillery or assault) on a hex near the other power's troops, not at them: whether a notice covered it. */
export interface NearStrike { turn: number; command: number; camp: Power; notified: boolean }

export interface Walk {
  final: GameState;
  timeline: TimelineEntry[];
  series: ReviewSeries;
  captures: Capture[];
  /** Pontoons built, and first crossings of the river by each camp. */
  pontoons: Crossing[];
  crossings: Crossing[];
  injects: FiredInject[];
  /** Every strike near the other power's troops, in order. */
  nearStrikes: NearStrike[];
  /** How many commands had been applied when each turn began (turn -> command). */
  turnStarts: Map<number, number>;
  /** Turn -> the farthest hex a government unit had reached down the west-bank highway so far, in road hexes from its start. */
  westBankReach: Map<number, number>;
  /** Messages left unanswered because Control's inject had the line down: no team's fault. */
  lineDown: Set<string>;
}

/** The main map's road down the west bank from the city (make-map.ts), for the history's "100 km of the west bank". */
export const WEST_BANK_HIGHWAY = 'West-bank highway';

type InjectEvent = { type: 'inject_fired'; inject: FiredInject };
const isInjectEvent = (e: GameEvent | InjectEvent): e is InjectEvent => e.type === 'inject_fired';

const change = (e: Extract<GameEvent, { type: 'escalation_changed' }>): EscalationChange =>
  ({ delta: e.delta, from: e.from, to: e.to, rungFrom: e.rungFrom, rungTo: e.rungTo, cause: e.cause, by: e.by, ...(e.inject === undefined ? {} : { inject: e.inject }) });

function entry(command: number, turn: number, kind: TimelineEntry['kind'], actor: Actor, text: string, ref: string | null = null): TimelineEntry {
  return { command, turn, kind, actor, text, ref, escalation: [], delta: 0, trust: 0 };
}

function decisionText(scenario: Scenario, before: GameState, command: Command, events: readonly GameEvent[]): string | null {
  // In the page's language (the scenario's overlay), as the state names it otherwise.
  const name = (id: string): string => {
    const unit = before.units.find((u) => u.id === id);
    return unit ? scenarioText(scenario).unitName(id, unit.name) : id;
  };
  switch (command.type) {
    case 'attack': {
      const combat = events.find((e) => e.type === 'combat');
      const kind = combat?.type === 'combat' ? combat.kind : 'assault';
      const said = kind === 'fire' ? t().review_walk_fire : kind === 'car_bomb' ? t().review_walk_car_bomb : t().review_walk_assault;
      const result = combat?.type === 'combat' ? ` (${t().review_walk_odds_result({ odds: combat.odds, result: combatResultText(combat.result) })})` : '';
      return said({ unit: name(command.unit), place: hexRef(scenario, command.target), result });
    }
    case 'air_strike': {
      const combat = events.find((e) => e.type === 'combat');
      return t().review_walk_air({ place: hexRef(scenario, command.target), result: combat?.type === 'combat' ? ` (${combatResultText(combat.result)})` : '' });
    }
    case 'build_pontoon': return t().review_walk_pontoon({ unit: name(command.unit), place: hexRef(scenario, command.at) });
    case 'lay_mine': return t().review_walk_mine({ unit: name(command.unit), place: hexRef(scenario, command.at) });
    default: return null;
  }
}

/**
 * Units that reached the other bank from the last bank they stood on. A crossing may stop on an island
 * or a pontoon (no bank) and end a later turn, so each unit's last bank is kept in `banks`.
 */
function crossingsOf(scenario: Scenario, state: GameState, banks: Map<string, Bank>): Unit[] {
  const out: Unit[] = [];
  for (const u of state.units) {
    const bank = scenario.map.bankOf(u.hex);
    if (!bank) continue;
    const last = banks.get(u.id);
    if (last !== bank) banks.set(u.id, bank);
    if (last && last !== bank) out.push(u);
  }
  return out;
}

export function walkReplay(scenario: Scenario, replay: Replay): Walk {
  const start = newGame(scenario, replay.seed);
  const timeline: TimelineEntry[] = [];
  const captures: Capture[] = [];
  const pontoons: Crossing[] = [];
  const crossings: Crossing[] = [];
  const injects: FiredInject[] = [];
  const nearStrikes: NearStrike[] = [];
  const lineDown = new Set<string>();
  const turnStarts = new Map<number, number>([[start.turn, 0]]);
  const banks = new Map<string, Bank>();
  crossingsOf(scenario, start, banks);
  const series: ReviewSeries = { turns: [], escalation: [], peak: [], points: { coalition: [], russia: [], is: [] } };
  const highway = scenario.map.data.roads.find((r) => r.name === WEST_BANK_HIGHWAY)?.hexes.map(([q, r]) => `${q},${r}`) ?? [];
  const westBankReach = new Map<number, number>();
  let reach = 0;
  const sample = (s: GameState): void => {
    for (const u of s.units) if (u.camp === 'russia') reach = Math.max(reach, highway.indexOf(`${u.hex.q},${u.hex.r}`));
    westBankReach.set(s.turn, reach);
    const i = series.turns.indexOf(s.turn);
    const vp = victoryPoints(scenario, s.control);
    const esc = s.crisis.escalation.points;
    if (i < 0) {
      series.turns.push(s.turn); series.escalation.push(esc); series.peak.push(esc);
      for (const c of CAMPS) series.points[c].push(vp[c]);
    } else {
      series.escalation[i] = esc; series.peak[i] = Math.max(series.peak[i]!, esc);
      for (const c of CAMPS) series.points[c][i] = vp[c];
    }
  };
  sample(start);
  const end = fold(scenario, start, replay.commands, (step) => {
    const { before, state, command } = step;
    const n = step.index + 1;
    const turn = before.turn;
    const actor: Camp = before.phase;
    const events = step.events as (GameEvent | InjectEvent)[];
    const mine: TimelineEntry[] = [];
    const decision = decisionText(scenario, before, command, step.events);
    let main: TimelineEntry | null = decision ? entry(n, turn, 'decision', actor, decision) : null;
    if ((command.type === 'attack' || command.type === 'air_strike') && isPower(actor)) {
      const risk = strikeRisk(scenario, before, actor, command.target);
      if (risk.nearRival.length > 0 && !risk.deliberate) nearStrikes.push({ turn, command: n, camp: actor, notified: risk.notified });
    }
    if (main) mine.push(main);
    for (const u of crossingsOf(scenario, state, banks)) {
      if (crossings.some((c) => c.camp === u.camp)) continue;
      const to = hexRef(scenario, u.hex);
      crossings.push({ turn, command: n, camp: u.camp, unit: u.name, pontoon: false, where: to });
      main = entry(n, turn, 'decision', u.camp, t().review_walk_crossing({ unit: u.name, place: to, camp: campShort(u.camp) }));
      mine.push(main);
    }
    const byIncident = new Map<string, TimelineEntry>();
    for (const e of events) {
      if (isInjectEvent(e)) {
        injects.push(e.inject);
        const shown = localInject(scenario, e.inject);
        main = entry(n, e.inject.turn, 'inject', 'control', t().review_walk_inject({ id: e.inject.id, title: shown.title, text: shown.text }), e.inject.id);
        mine.push(main);
        continue;
      }
      switch (e.type) {
        case 'incident': {
          const inc = e.incident;
          const cause = inc.inject !== undefined ? injectAuthor(inc.inject) : inc.cause ? POWER_NAME[inc.cause] : null;
          const steps = inc.losses.reduce((s, l) => s + l.steps, 0);
          let by = cause ? t().review_caused_by({ who: cause }) : t().review_cause_unknown();
          if (inc.victim) by = t().review_against({ text: by, power: POWER_NAME[inc.victim] });
          if (steps) by = t().review_steps_lost({ text: by, count: steps });
          const it = entry(n, inc.turn, 'incident', inc.inject !== undefined ? 'control' : inc.cause, t().review_walk_incident({ id: inc.id, what: INCIDENT_NAME[inc.type], place: hexRef(scenario, inc.hex), by }), inc.id);
          byIncident.set(inc.id, it);
          mine.push(it);
          break;
        }
        case 'message_sent': {
          const m = e.message;
          const text = formatMessage(scenario, m, { crisis: state.crisis });
          main = entry(n, m.turn, 'message', m.inject !== undefined ? 'control' : m.from, t().review_walk_message({ id: m.id, from: senderText(m), to: POWER_NAME[m.to], title: text.title }), m.id);
          mine.push(main);
          break;
        }
        case 'message_unanswered':
          if (e.inject !== undefined) lineDown.add(e.message);
          mine.push(e.inject !== undefined
            ? entry(n, turn, 'message', 'control', t().review_walk_line_down({ id: e.message, who: injectAuthor(e.inject), power: POWER_NAME[e.to] }), e.message)
            : entry(n, turn, 'message', e.to, t().review_walk_unanswered({ power: POWER_NAME[e.to], id: e.message }), e.message));
          break;
        case 'objective_captured': {
          const o = scenario.objectives.find((x) => x.id === e.objective);
          captures.push({ turn, command: n, objective: e.objective, camp: e.camp, from: e.from });
          const took = { camp: campShort(e.camp), objective: o ? scenarioText(scenario).objectiveName(o.id) : e.objective, points: String(o?.points ?? 0) };
          mine.push(entry(n, turn, 'capture', e.camp, e.from ? t().review_walk_capture_from({ ...took, from: campShort(e.from) }) : t().review_walk_capture(took), e.objective));
          break;
        }
        case 'incident_ruled':
          main = entry(n, e.turn, 'ruling', 'control', t().review_walk_ruling({ id: e.incident, finding: rulingText(e.finding) }), e.incident);
          mine.push(main);
          byIncident.set(e.incident, main); // the escalation it takes off lands here, not on the incident's turn
          break;
        case 'pontoon_built':
          pontoons.push({ turn, command: n, camp: e.camp, unit: e.unit, pontoon: true, where: hexRef(scenario, e.hex) });
          break;
        case 'game_over':
          if (e.report.reason === 'direct_clash') {
            const by = e.report.clashInject !== undefined ? 'control' : e.report.clashBy;
            const author = clashAuthor(e.report);
            mine.push(entry(n, turn, 'escalation', by, author ? t().review_walk_clash_by({ by: author }) : t().review_walk_clash(), CLASH_REF));
          }
          break;
        default:
          break;
      }
    }
    // Escalation goes to its incident; the rest to the command's own entry, or an entry of its own.
    for (const e of step.events) {
      if (e.type !== 'escalation_changed') continue;
      let target = (e.incident ? byIncident.get(e.incident) : undefined) ?? (e.incident ? undefined : main ?? undefined);
      if (!target) {
        target = entry(n, turn, 'escalation', e.inject !== undefined ? 'control' : e.by, (e.delta > 0 ? t().review_walk_rose : t().review_walk_fell)({ cause: causeText(e.cause) }));
        mine.push(target);
      }
      target.escalation.push(change(e));
      target.delta += e.delta;
    }
    // Trust goes to the message left unanswered that the cause names, else to the command's own entry.
    for (const e of step.events) {
      if (e.type !== 'trust_changed') continue;
      const id = /left (H\d+) unanswered/.exec(e.cause)?.[1];
      const target = id ? mine.find((x) => x.kind === 'message' && x.ref === id) : main;
      if (target) target.trust += e.delta;
    }
    timeline.push(...mine);
    if (!turnStarts.has(state.turn)) turnStarts.set(state.turn, n);
    sample(state);
  });
  if (end.refused) throw new Error(`Command #${end.refused.index + 1} is illegal at its point: ${end.refused.error.message}`);
  return { final: end.state, timeline, series, captures, pontoons, crossings, injects, nearStrikes, turnStarts, westBankReach, lineDown };
}
