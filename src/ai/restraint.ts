// Where an AI power will not move or fire in the great-power crisis: strikes it holds back (or first
// notifies), agreed lines, warned and withdrawal areas, and contact with the other power, all by its
// profile (hotline.ts). What it says on the line is HotlineVoice's.
import {
  type Area, type GameView, type Grid, type Hex, type LineSpec, type MessageBody, type Power, type Scenario, type Unit,
  activeAgreements, agreedLine, beyondLine, gridOf, hexDistance, hexKey, hexRange, inArea, otherPower, parseHexKey,
  hiddenStrikeChance, rulesSummary, rungOf, seesHex, sightOfBoard, strikeRisk, typeOf,
} from '../engine';
import type { PhaseMemory } from './common';
import type { Avoid } from './distance';
import { type Crossing, RIVER, crossingStance, rivalAnswers } from './crossing';
import { type CrisisProfile, SUSPECT_REACH, canCall, sendable } from './hotline';

export type StrikeDecision = { fire: true } | { fire: false; notify?: MessageBody };

export interface MoveRules {
  /** Hexes it will not enter at all (the far side of a line it keeps): for distance fields. */
  avoid: Avoid | undefined;
  /** May the unit walk this path (start hex first)? */
  canWalk(path: readonly Hex[]): boolean;
  /** May a unit (`unit`, or any) end its move at `h` (not in contact, when the policy avoids it)? */
  canStop(h: Hex, unit?: Unit): boolean;
  /** Where it stands on crossing the river: its engineers bridge it unless 'keep'. */
  crossing: Crossing;
  /** Is `h` where the other power's unannounced strikes on IS may go astray onto it (CrisisProfile.shunRivalTargetsRung)? Not even a guard stays. */
  underRivalStrikes?(h: Hex): boolean;
}

export const FREE_MOVES: MoveRules = { avoid: undefined, canWalk: () => true, canStop: () => true, crossing: 'cross' };

const lineKey = (l: LineSpec): string => (l.kind === 'river' ? 'river' : l.hexes.map(hexKey).sort().join(';'));

/** The cells of the land hexes (river excluded) within `radius` of a cell, per grid. */
const LAND_AROUND = new WeakMap<Grid, Map<number, Int32Array>>();
function landAround(scenario: Scenario, grid: Grid, cell: number, radius: number): Int32Array {
  let cache = LAND_AROUND.get(grid);
  if (!cache) LAND_AROUND.set(grid, (cache = new Map()));
  const key = cell * 64 + radius;
  let cells = cache.get(key);
  if (!cells) {
    const land = hexRange(grid.hexes[cell]!, radius).filter((h) => {
      const t = scenario.map.terrainAt(h);
      return t !== undefined && t !== 'river';
    });
    cells = Int32Array.from(land, (h) => grid.cellOf(h));
    cache.set(key, cells);
  }
  return cells;
}

export class CrisisRestraint {
  readonly rival: Power;

  constructor(readonly profile: CrisisProfile, readonly camp: Power) {
    this.rival = otherPower(camp);
  }

  private rung(view: GameView): number {
    return rungOf(view.crisis.escalation.points);
  }

  private canCall(scenario: Scenario, view: GameView, memory: PhaseMemory): boolean {
    return canCall(scenario, view, memory, this.camp);
  }

  private sendable(scenario: Scenario, view: GameView, body: MessageBody): boolean {
    return sendable(scenario, view, body);
  }

  /**
   * Whether to fire on `target` now. A strike near the other power may first need a notice (returned
   * as the call to make); one that breaks an agreement, or is too risky at this rung (or above
   * `riskCap`, when given), is held back.
   */
  strike(scenario: Scenario, view: GameView, memory: PhaseMemory, target: Hex, assault: boolean, riskCap?: number): StrikeDecision {
    const p = this.profile;
    const radius = scenario.data.crisis.dangerRadius;
    const near = view.units.some((u) => u.camp === this.rival && hexDistance(u.hex, target) <= radius);
    const bound = p.keepAgreements && activeAgreements(view.crisis.agreements, view.turn)
      .some((a) => (a.kind === 'hold_fire' || a.kind === 'warning') && a.bound.includes(this.camp));
    const hidden = !assault && this.mayHide(scenario, view, target);
    if (!near && !hidden && !bound) return { fire: true };
    const risk = strikeRisk(scenario, view, this.camp, target);
    if (p.keepAgreements && (risk.holdFire || risk.warned)) return { fire: false };
    if (risk.deliberate) return { fire: p.attackProxies };
    if (assault || (!near && !hidden)) return { fire: true };
    const rung = this.rung(view);
    if (!risk.notified && p.notify && this.canCall(scenario, view, memory)) {
      const notice: MessageBody = { kind: 'notify', activity: 'strike', area: { centre: target, radius: rulesSummary().hotline.maxAreaRadius }, turn: view.turn };
      if (this.sendable(scenario, view, notice)) return { fire: false, notify: notice };
    }
    if (!risk.notified && rung >= p.unnotifiedStrikeRung) return { fire: false };
    // A view holds no hidden units: where some may hide, reckon the strike as the engine would with them.
    const chance = hidden ? hiddenStrikeChance(risk, view.crisis.trust) : risk.chance;
    const max = riskCap ?? p.maxStrikeChance[Math.min(rung, p.maxStrikeChance.length - 1)] ?? 100;
    return { fire: chance <= max };
  }

  /**
   * Could units of the other power hide near `target`? Some land hex within the danger radius is out
   * of sight, and the other power was seen close by, or holds an objective close by.
   */
  private mayHide(scenario: Scenario, view: GameView, target: Hex): boolean {
    const radius = scenario.data.crisis.dangerRadius;
    const grid = gridOf(scenario);
    const cell = grid.cellOf(target);
    let blind: boolean;
    if (cell >= 0 && radius < 64 && view.viewer === this.camp) {
      // The sight the view was made from, tested by cell.
      const sees = seesHex(scenario, sightOfBoard(scenario, view, this.camp));
      blind = landAround(scenario, grid, cell, radius).some((c) => !sees(grid.hexes[c]!));
    } else {
      const visible = new Set(view.visible);
      blind = hexRange(target, radius).some((h) => {
        const t = scenario.map.terrainAt(h);
        return t !== undefined && t !== 'river' && !visible.has(hexKey(h));
      });
    }
    if (!blind) return false;
    const reach = this.profile.suspectReach ?? SUSPECT_REACH;
    return view.units.some((u) => u.camp === this.rival && hexDistance(u.hex, target) <= radius + reach)
      || scenario.objectives.some((o) => view.control[o.id] === this.rival && hexDistance(o.hex, target) <= radius + Math.max(1, reach - 2));
  }

  /**
   * While it crosses the river line: the proxies that go over (those over already, then those
   * nearest the bridge, up to the doctrine's bridgehead) and the rules for the rest, who keep to
   * their bank. A bridgehead, not the whole army: the rest of the campaign goes on on this bank.
   */
  bridgehead(scenario: Scenario, view: GameView, rules: MoveRules): { crossers: ReadonlySet<string>; others: MoveRules } | undefined {
    const size = this.profile.cross?.bridgehead;
    const bridge = view.pontoons[0];
    if (rules.crossing !== 'cross' || size === undefined || bridge === undefined) return undefined;
    const at = parseHexKey(bridge);
    const proxies = view.units.filter((u) => u.camp === this.camp && !u.greatPower);
    const over = (u: Unit): boolean => beyondLine(scenario.map, RIVER, this.camp, u.hex);
    const crossers = new Set(proxies.filter(over).map((u) => u.id));
    const near = proxies.filter((u) => !over(u)).sort((a, b) => hexDistance(a.hex, at) - hexDistance(b.hex, at) || (a.id < b.id ? -1 : 1));
    for (const u of near) {
      if (crossers.size >= size) break;
      crossers.add(u.id);
    }
    return { crossers, others: this.moveRules(scenario, view, 'bridge') };
  }

  /** Where units may go now (`stance` overrides its stance on crossing the river). */
  moveRules(scenario: Scenario, view: GameView, stance?: Crossing): MoveRules {
    const p = this.profile;
    const camp = this.camp;
    const map = scenario.map;
    const crossing = stance ?? crossingStance(scenario, view, camp, p.cross, p.keepLine, p.ownBank);
    const line = p.keepLine ? agreedLine(view.crisis.agreements, view.turn) : undefined;
    const lines: LineSpec[] = [];
    // Crossing, it weighs the river line as a breach (the engine charges it), not a wall; another line stays kept.
    if (line?.line && (crossing !== 'cross' || line.line.kind !== 'river')) lines.push(line.line);
    if (p.ownBank && crossing !== 'cross' && line?.line?.kind !== 'river') lines.push(RIVER);
    // Over a river it agreed to keep, its bridgehead stays within its doctrine's reach of the bridge.
    const bridge = view.pontoons[0];
    const headReach = crossing === 'cross' && (line?.line?.kind === 'river' || p.ownBank) && bridge !== undefined ? p.cross?.reach : undefined;
    const at = bridge === undefined ? undefined : parseHexKey(bridge);
    const outside = (h: Hex): boolean => headReach !== undefined && at !== undefined && hexDistance(h, at) > headReach && beyondLine(map, RIVER, camp, h);
    const beyond = (h: Hex): boolean => outside(h) || lines.some((l) => beyondLine(map, l, camp, h));
    const keys = [...lines.map(lineKey), ...(headReach === undefined ? [] : [`bridgehead ${bridge} ${headReach}`])];
    const avoid: Avoid | undefined = keys.length > 0 ? { key: `${camp}:${keys.join('+')}`, blocked: beyond } : undefined;
    // The rest is worked out on first use: a call that moves no unit (a strike, a call on the line) needs none of it.
    let areas: Area[] | undefined;
    const areasNow = (): Area[] => (areas ??= p.keepAgreements
      ? activeAgreements(view.crisis.agreements, view.turn)
        .filter((a) => (a.kind === 'warning' || a.kind === 'withdrawal') && a.bound.includes(camp) && a.area !== null)
        .map((a) => a.area!)
      : []);
    let stops: { struck: Hex[]; rivals: Unit[]; keep: number; keepGreat: number; watchers: { hex: Hex; sight: number }[] } | undefined;
    const stopsNow = (): NonNullable<typeof stops> => {
      if (stops) return stops;
      const reach = scenario.data.crisis.contactDistance;
      const shotAt = view.crisis.incidents.some((i) => i.type === 'deliberate_attack' && i.victim === camp && i.inject === undefined);
      const wary = p.waryContact === true && shotAt;
      const avoidContact = wary || this.rung(view) >= p.avoidContactRung;
      // Where the other power's strikes fell on it lately: it will strike there again (it aims at the IS
      // positions beside them), so the AI does not stand there.
      const struck = p.shunStruck === undefined ? [] : view.crisis.incidents
        .filter((i) => i.victim === camp && i.cause !== camp && i.inject === undefined && view.turn - i.turn < p.shunStruck!
          && (i.type === 'misidentified_strike' || i.type === 'provocation'))
        .map((i) => i.hex);
      const keep = avoidContact ? reach : 0;
      const rivals = view.units.filter((u) => u.camp === this.rival);
      // A power that shoots at what it sees: stay out of its units' sight (hideFromShooter).
      const watchers = p.hideFromShooter === true && shotAt ? rivals.map((u) => ({ hex: u.hex, sight: typeOf(scenario, u).sight })) : [];
      return (stops = { struck, rivals, keep, keepGreat: p.greatPowerStandOff ? p.greatPowerStandOff : keep, watchers });
    };
    const danger = scenario.data.crisis.dangerRadius;
    // Against a power that ignores its calls, high on the ladder: not beside IS, where that power's strikes fall unannounced.
    let shunIs: Hex[] | undefined;
    const underRivalStrikes = (h: Hex): boolean => {
      shunIs ??= p.shunRivalTargetsRung !== undefined && this.rung(view) >= p.shunRivalTargetsRung && !rivalAnswers(view, camp)
        ? view.units.filter((u) => u.camp === 'is').map((u) => u.hex) : [];
      return shunIs.some((x) => hexDistance(x, h) <= danger);
    };
    return {
      underRivalStrikes,
      avoid,
      crossing,
      canWalk: (path) => {
        const start = path[0];
        const zones = areasNow();
        for (let i = 1; i < path.length; i++) {
          const h = path[i]!;
          if (beyond(h)) return false;
          if (start && zones.some((a) => inArea(a, h) && !inArea(a, start))) return false;
        }
        return true;
      },
      canStop: (h, unit) => {
        const { struck, rivals, keep, keepGreat, watchers } = stopsNow();
        if (struck.some((x) => hexDistance(x, h) <= danger)) return false;
        if (watchers.some((w) => hexDistance(w.hex, h) <= w.sight)) return false;
        if (underRivalStrikes(h)) return false;
        const k = unit?.greatPower ? keepGreat : keep;
        return k === 0 || !rivals.some((r) => hexDistance(r.hex, h) <= k);
      },
    };
  }
}

/** The area of a withdrawal `camp` agreed to that `unit` still stands in, if any. */
export function mustWithdraw(view: GameView, camp: Power, unit: Unit): Area | undefined {
  // A loop, not activeAgreements(...).find: this runs for every unit on every command.
  const turn = view.turn;
  for (const x of view.crisis.agreements) {
    if (x.from > turn || (x.until !== null && x.until < turn)) continue;
    if (x.kind === 'withdrawal' && x.bound.includes(camp) && x.area !== null && inArea(x.area, unit.hex)) return x.area;
  }
  return undefined;
}

