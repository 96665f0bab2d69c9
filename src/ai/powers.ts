// The great powers' scripted policies: each takes the nearest objective it may reach, attacks IS at
// good odds and calls in air, and conducts itself in the crisis by its profile (see hotline.ts, restraint.ts):
// `advance` (the default AI, balanced), `careful` and `reckless`. For IS, or any camp that is not a
// power, the crisis part is left out. Deterministic given the view and the policy's own seed.
import {
  type Camp, type Command, type GameView, type Hex, type Scenario, type Target, type Unit, attackTargets, beyondLine, hashString, hexDistance, hexKey, hostile,
  inArea, isPower, movementRange, parseHexKey, pontoonSites, previewUnitAttack, rungOf, strikeTargets, typeOf,
} from '../engine';
import { ASSAULT_MIN_COLUMN, PhaseMemory, byOdds, hostileTargets } from './common';
import { RIVER, bridgeSite, bridgeable, rivalAnswers } from './crossing';
import { type Avoid, type DistanceField, ObjectiveDistances } from './distance';
import { assailable, assailants, attackedBy, exposed, guardsWanted, inContactHigh, isGuard } from './guards';
import { type CrisisProfile, HotlineVoice, PROFILES } from './hotline';
import { CrisisRestraint, FREE_MOVES, type MoveRules, mustWithdraw } from './restraint';
import type { Policy, PolicyFactory } from './policy';
import { besieged, fullyBesieged, siegeWorth, spareBesieger } from './siege';
import { nextOrder, proxyRemark } from './proxies';
import { remarkFor } from './remarks';

/** Turn from which engineers bridge the river, if no line or bank keeps their side from crossing. */
const PONTOON_TURN = 3;

/** How the units fight, apart from the crisis: the odds it assaults at, and whether it garrisons threatened objectives. */
export interface Tactics {
  /** The lowest odds column of an assault on IS (0 attacks at any odds). */
  assaultMinColumn: number;
  /**
   * Keeps one unit on each objective its camp holds while IS or the other power comes near (an
   * occupied hex cannot be taken by walking in), and sends units to such objectives left empty.
   */
  reinforce: boolean;
  /** How many of the nearest objectives a unit tries, in turn, when it cannot get closer to the nearest (1 when absent). */
  detour?: number;
  /** With `reinforce`: two guards on an objective the other power's units come near. */
  doubleGuard?: boolean;
  /** Great-power personnel keep out of IS's reach, like guns. */
  shieldPersonnel?: boolean;
  /**
   * Once the other power has struck its forces on purpose from the air, neither takes nor guards an objective
   * that offers it a target (next to one it holds, or among its units).
   */
  yieldExposed?: boolean;
  /** Proxies reinforce the guard of an objective the camp holds even in contact with the other power. */
  holdInContact?: boolean;
  /** Air strikes and guns' fire go first on IS garrisons of objectives, the most points first: a town falls only once its garrison is worn down. */
  focusStrikes?: boolean;
  /** Assaults the other power's proxies next to it before moving on, wherever they stand, not only in its way (greedy: it attacks whenever it can). */
  brawl?: boolean;
  /**
   * Proxies stop nowhere a unit of the other power next to them could assault them at good odds (3:2),
   * step out of such places, and give up a guard they cannot make too strong for it: a brawl costs more
   * on the ladder than an objective is worth.
   */
  shunAssault?: boolean;
  /** Besieges the towns IS holds that it cannot yet assault, a few units a town, and sends the rest on (src/ai/siege.ts). */
  besiege?: boolean;
  /** From this rung up, neither guards nor joins the guard of an objective in contact with the other power: near the top, contact alone ends in a clash. */
  yieldContactRung?: number;
  /** Guns and air strike before any assault of the phase: the assaults then meet worn-down defenders (ai:hard). */
  fireFirst?: boolean;
  /** Assaults choose by the combat preview (the chance to take the hex, then steps traded) rather than by odds alone (ai:hard). */
  weighOutcomes?: boolean;
  /**
   * One unit in `lapse` lets its turn pass (neither attacks nor moves), chosen by a hash of the seed, turn and
   * unit: the same state gives the same lapse (ai:easy).
   */
  lapse?: number;
  /** The most air sorties it calls in a phase, fewer than it has (easier levels); all when absent. */
  sorties?: number;
  /**
   * While its crossing is prepared and for `turns` after its first crossing turn, below `belowRung`, air
   * strikes go first on IS beyond the river within COVER_REACH of the bridge: the bridgehead's cover,
   * flown at a misidentification risk up to `riskCap` (percent) after a notice. There IS faces the other
   * power's proxies too, so the strikes carry the risk that came true on 16 Sep 2017.
   */
  coverCrossing?: { turns: number; riskCap: number; belowRung: number };
}

/** How near the bridge (in hexes) IS units must stand for strikes that cover a crossing. */
const COVER_REACH = 3;

/** What focused fire on `h` is worth to `camp`: see siegeWorth (src/ai/siege.ts). */
const held = (scenario: Scenario, view: GameView, h: Hex, camp: Camp): number => siegeWorth(scenario, view, camp, h);

export const DEFAULT_TACTICS: Tactics = { assaultMinColumn: ASSAULT_MIN_COLUMN, reinforce: false };

export function powerPolicy(name: string, profile: CrisisProfile, tactics: Tactics = DEFAULT_TACTICS): PolicyFactory {
  return ({ seed, camp }): Policy => {
    const memory = new PhaseMemory();
    const voice = isPower(camp) ? new HotlineVoice(profile, seed, camp) : undefined;
    const restraint = isPower(camp) ? new CrisisRestraint(profile, camp) : undefined;
    let distances: ObjectiveDistances | undefined;
    // The bridge site, once chosen, stays while it may be bridged: engineers on their way should not turn with every capture.
    let site: Hex | undefined;
    return {
      name,
      next(scenario, view): Command {
        memory.sync(view);
        distances ??= new ObjectiveDistances(scenario);
        if (voice) {
          const call = voice.opening(scenario, view, memory);
          if (call) {
            const remark = proxyRemark(view, voice.camp, call) ?? remarkFor(camp, view, call);
            return remark === undefined ? { type: 'hotline', message: call } : { type: 'hotline', message: call, remark };
          }
          const order = nextOrder(scenario, view, voice.camp, profile.restrain, memory);
          if (order) return order;
        }
        const campRules = restraint ? restraint.moveRules(scenario, view) : FREE_MOVES;
        if (tactics.fireFirst) {
          for (const unit of view.units) {
            if (unit.camp !== camp || memory.done.has(unit.id) || typeOf(scenario, unit).range <= 1) continue;
            if (restraint && mustWithdraw(view, restraint.camp, unit) !== undefined) continue;
            const fire = unitAttack(scenario, view, unit, restraint, memory, campRules, Infinity, tactics);
            if (fire) {
              if (fire.type !== 'hotline') memory.done.add(unit.id);
              return fire;
            }
          }
          const strike = airStrike(scenario, view, camp, memory, restraint, tactics, coverPoint(scenario, view, camp, campRules, site, profile.cross?.fromTurn, tactics.coverCrossing));
          if (strike) return strike;
        }
        // Worked out for the first unit that acts: once all are done (strikes, calls at the end of the phase) it is not needed.
        let bridgehead: ReturnType<CrisisRestraint['bridgehead']> | null = null;
        // With `shunAssault`, guards act after the others: a unit may have come to make a stack too strong to assault.
        const deferred = new Set<Unit>();
        for (const late of tactics.shunAssault ? [false, true] : [true]) for (const unit of view.units) {
          if (unit.camp !== camp || memory.done.has(unit.id)) continue;
          if (tactics.lapse && lapses(seed, view, unit, tactics.lapse)) {
            memory.done.add(unit.id);
            continue;
          }
          if (bridgehead === null) bridgehead = restraint?.bridgehead(scenario, view, campRules);
          const rules = bridgehead && !bridgehead.crossers.has(unit.id) ? bridgehead.others : campRules;
          // A unit in an area its camp agreed to leave leaves before anything else.
          const leaving = restraint !== undefined && mustWithdraw(view, restraint.camp, unit) !== undefined;
          // A guard holds its objective: it may fire, but neither assaults (which would advance) nor moves.
          // Great-power personnel hold one only out of contact (else they keep their distance).
          let guard = (late && deferred.has(unit))
            || (tactics.reinforce && !leaving && isGuard(scenario, view, unit, tactics.doubleGuard === true, tactics.yieldExposed) && (!unit.greatPower || rules.canStop(unit.hex)));
          if (guard && !late) {
            deferred.add(unit);
            continue;
          }
          // ... and give up a guard the other power could still assault at good odds, rather than feed it a brawl.
          if (guard && tactics.shunAssault && assailable(scenario, view, camp, unit.hex)) guard = false;
          if (guard && inContactHigh(scenario, view, camp, unit.hex, tactics.yieldContactRung)) guard = false;
          if (guard && rules.underRivalStrikes?.(unit.hex)) guard = false;
          const attack = leaving ? undefined : unitAttack(scenario, view, unit, restraint, memory, rules, guard ? Infinity : tactics.assaultMinColumn, tactics);
          if (attack) {
            if (attack.type !== 'hotline') memory.done.add(unit.id);
            return attack;
          }
          const brawl = tactics.brawl && restraint && !leaving ? proxyAttack(scenario, view, unit, distances, rules.avoid, true) : undefined;
          if (brawl) {
            memory.done.add(unit.id);
            return brawl;
          }
          const bridging = view.pontoons.length === 0 && typeOf(scenario, unit).engineer === true;
          const sites = bridging ? pontoonSites(scenario, view, unit) : [];
          if (sites.length > 0 && rules.crossing !== 'keep' && view.turn >= PONTOON_TURN) {
            memory.done.add(unit.id);
            return { type: 'build_pontoon', unit: unit.id, at: sites.find((h) => site && hexKey(h) === hexKey(site)) ?? sites[0]! };
          }
          // Engineers of a doctrine that weighs the crossing go to the bridge site beforehand, and wait there while it may cross.
          // Not toward a power that leaves its calls unanswered: there the bridge would stand in a brawl.
          if (bridging && profile.cross && restraint && rivalAnswers(view, restraint.camp)
            && (rules.crossing !== 'keep' || view.turn < profile.cross.fromTurn - 1)) {
            memory.done.add(unit.id);
            if (!site || !bridgeable(scenario, view, unit.camp, site)) site = bridgeSite(scenario, view, unit);
            const toSite = site ? bridgeStep(scenario, view, unit, site, rules, distances) : undefined;
            if (toSite) return toSite;
            continue;
          }
          memory.done.add(unit.id);
          if (guard) continue;
          // A besieger stays next to the town it cannot yet assault (src/ai/siege.ts).
          if (tactics.besiege && !leaving && rules.canStop(unit.hex, unit) && !(tactics.shunAssault && assailable(scenario, view, camp, unit.hex))
            && besieged(scenario, view, unit)) continue;
          const step = advanceStep(scenario, view, unit, distances, rules, restraint, tactics);
          if (step) return step;
          if (profile.attackProxies && restraint) {
            const hit = proxyAttack(scenario, view, unit, distances, rules.avoid);
            if (hit) return hit;
          }
        }
        const cover = coverPoint(scenario, view, camp, campRules, site, profile.cross?.fromTurn, tactics.coverCrossing);
        const strike = airStrike(scenario, view, camp, memory, restraint, tactics, cover);
        if (strike) return strike;
        const ack = voice?.closing(scenario, view, memory);
        if (ack) return { type: 'hotline', message: ack };
        return { type: 'end_phase' };
      },
      refused(command) {
        if ('unit' in command && command.type !== 'order') memory.done.add(command.unit);
        if (command.type === 'hotline') memory.hotlineRefused = true;
        if (command.type === 'air_strike') memory.airRefused = true;
      },
    };
  };
}

/** The camp's next air strike on IS, or the notice that must come before it; undefined for none. */
function airStrike(
  scenario: Scenario, view: GameView, camp: Camp, memory: PhaseMemory, restraint: CrisisRestraint | undefined, tactics: Tactics, cover: Hex | undefined,
): Command | undefined {
  if (memory.airRefused) return undefined;
  if (tactics.sorties !== undefined && scenario.data.camps[camp].sortiesPerTurn - view.sortiesLeft[camp] >= tactics.sorties) return undefined;
  // While it crosses, IS beyond the river near its bridge goes first (Tactics.coverCrossing).
  const cap = tactics.coverCrossing?.riskCap;
  const targets = strikeTargets(scenario, view)
    .filter((t) => view.units.some((u) => u.hex.q === t.hex.q && u.hex.r === t.hex.r && hostile(u.camp, camp)));
  // Worked out once per target, not in every comparison of the sort.
  const covered = new Set(targets.filter((t) => cover && isPower(camp) && hexDistance(t.hex, cover) <= COVER_REACH && beyondLine(scenario.map, RIVER, camp, t.hex)));
  const covers = (t: Target): number => (covered.has(t) ? 1 : 0);
  const worth = new Map(tactics.focusStrikes ? targets.map((t) => [t, held(scenario, view, t.hex, camp)]) : []);
  const strikes = targets
    .sort((a, b) => covers(b) - covers(a)
      || (tactics.focusStrikes ? worth.get(b)! - worth.get(a)! : 0)
      || b.odds.column - a.odds.column || a.hex.q - b.hex.q || a.hex.r - b.hex.r);
  for (const t of strikes) {
    if (!restraint) return { type: 'air_strike', target: t.hex };
    const d = restraint.strike(scenario, view, memory, t.hex, false, covered.has(t) ? cap : undefined);
    if (d.fire) return { type: 'air_strike', target: t.hex };
    if (d.notify) return { type: 'hotline', message: d.notify };
  }
  return undefined;
}

/** Whether `unit` lets this turn pass: about one in `lapse`, by a hash of the policy's seed, the turn and the unit (no dice drawn). */
function lapses(seed: string, view: GameView, unit: Unit, lapse: number): boolean {
  return parseInt(hashString(`${seed}/${view.turn}/${unit.id}`).slice(0, 8), 16) % lapse === 0;
}

/** Assault targets by their preview: the chance to take the hex, then defender steps less own steps expected. */
function byOutcome(scenario: Scenario, view: GameView, unit: Unit, targets: Target[]): Target[] {
  const worth = new Map(targets.map((t) => {
    const p = previewUnitAttack(scenario, view, unit, t.hex);
    return [t, p.takeSixths * 12 + p.defenderExpectedSixths - p.attackerExpectedSixths] as const;
  }));
  return [...targets].sort((a, b) => worth.get(b)! - worth.get(a)! || byOdds(a, b));
}

/**
 * The hex a camp's strikes cover while it crosses (see Tactics.coverCrossing): the pontoon, or the site its
 * engineers make for; undefined when it keeps its bank, has no engineers, faces a power that ignores its
 * calls, or `turns` after its first crossing turn.
 */
function coverPoint(
  scenario: Scenario, view: GameView, camp: Camp, rules: MoveRules, site: Hex | undefined, fromTurn: number | undefined, cover: Tactics['coverCrossing'],
): Hex | undefined {
  if (!cover || fromTurn === undefined || rules.crossing === 'keep' || view.turn > fromTurn + cover.turns) return undefined;
  // Only its own crossing: a camp without engineers has none (the bridge it sees is the other power's).
  if (!view.units.some((u) => u.camp === camp && typeOf(scenario, u).engineer === true)) return undefined;
  // Not toward a power that leaves its calls unanswered: its notices would be heard by no one.
  if (!isPower(camp) || !rivalAnswers(view, camp)) return undefined;
  if (rungOf(view.crisis.escalation.points) >= cover.belowRung) return undefined;
  const bridge = view.pontoons[0];
  return bridge === undefined ? site : parseHexKey(bridge);
}

/** The unit's attack on IS, or the notice that must come before it; undefined for none. */
function unitAttack(
  scenario: Scenario, view: GameView, unit: Unit, restraint: CrisisRestraint | undefined, memory: PhaseMemory, rules: MoveRules,
  minColumn: number, tactics: Tactics,
): Command | undefined {
  const focus = tactics.focusStrikes === true;
  const shun = tactics.shunAssault === true;
  let targets = hostileTargets(scenario, view, unit, minColumn);
  if (tactics.weighOutcomes && targets.length > 1 && targets[0]!.odds.kind === 'assault') targets = byOutcome(scenario, view, unit, targets);
  // With `shunAssault`, a proxy open to the other power's assault steps away rather than assault, and assaults into no such place.
  const exposedHere = shun && !unit.greatPower && targets.length > 0 && assailable(scenario, view, unit.camp, unit.hex);
  // Guns focus like the air (see Tactics.focusStrikes); the sort is stable, so odds still break ties.
  if (focus && targets.length > 1 && targets[0]!.odds.kind === 'fire') {
    const worth = new Map(targets.map((t) => [t, held(scenario, view, t.hex, unit.camp)]));
    targets.sort((a, b) => worth.get(b)! - worth.get(a)!);
  }
  for (const t of targets) {
    const assault = t.odds.kind === 'assault';
    // An assault that wins advances into the hex: not into contact, when the policy avoids it.
    if (assault && !rules.canStop(t.hex, unit)) continue;
    // ... and not over a line it keeps, nor into an area it agreed to stay out of: the advance would breach it.
    if (assault && !rules.canWalk([unit.hex, t.hex])) continue;
    if (assault && shun && !unit.greatPower && (exposedHere || assailable(scenario, view, unit.camp, t.hex, unit))) continue;
    if (!restraint) return { type: 'attack', unit: unit.id, target: t.hex };
    const d = restraint.strike(scenario, view, memory, t.hex, assault);
    if (d.fire) return { type: 'attack', unit: unit.id, target: t.hex };
    if (d.notify) return { type: 'hotline', message: d.notify };
  }
  return undefined;
}

interface Goal { id: string; d: number; field: DistanceField }

/** Distance fields to the objectives the camp does not hold (and, with `reinforce`, to those it holds under threat). */
function goalFields(
  scenario: Scenario, view: GameView, camp: Camp, distances: ObjectiveDistances, avoid: Avoid | undefined, reinforce = false, double = false,
  yieldExposed = false, besiege = false,
): Goal[] {
  const threatened = (o: Scenario['objectives'][number]): boolean => reinforce
    && view.units.filter((u) => u.camp === camp && u.hex.q === o.hex.q && u.hex.r === o.hex.r).length
      < guardsWanted(scenario, view, camp, o.hex, double);
  const shy = yieldExposed && attackedBy(view, camp);
  return scenario.objectives
    .filter((o) => (view.control[o.id] !== camp || threatened(o)) && !(shy && exposed(scenario, view, camp, o.hex)))
    .filter((o) => !besiege || view.control[o.id] !== 'is' || !fullyBesieged(scenario, view, camp, o.hex))
    .map((o) => ({ id: o.id, d: 0, field: distances.get(o.id, view.pontoons, avoid) }));
}

/** The last goalFields of advanceStep, by its inputs: every unit of the camp asks for the same on one view. */
let lastGoals: { view: GameView; camp: Camp; distances: ObjectiveDistances; avoid: Avoid | undefined; tactics: Tactics; goals: Goal[] } | undefined;

function campGoals(scenario: Scenario, view: GameView, camp: Camp, distances: ObjectiveDistances, avoid: Avoid | undefined, tactics: Tactics): Goal[] {
  const c = lastGoals;
  if (c && c.view === view && c.camp === camp && c.distances === distances && c.avoid === avoid && c.tactics === tactics) return c.goals;
  const goals = goalFields(scenario, view, camp, distances, avoid, tactics.reinforce, tactics.doubleGuard, tactics.yieldExposed, tactics.besiege);
  lastGoals = { view, camp, distances, avoid, tactics, goals };
  return goals;
}

/** The nearest of `goals` from `at`, by travel distance. */
function nearest(goals: readonly Goal[], at: Hex): Goal | undefined {
  let best: Goal | undefined;
  for (const g of goals) {
    const d = g.field.at(at);
    if (d !== undefined && (!best || d < best.d)) best = { ...g, d };
  }
  return best;
}

/**
 * Moves one step of the way to the nearest objective the camp does not hold and may reach; artillery
 * keeps back from IS. A unit beyond a line it keeps pulls back behind it, one in contact it avoids
 * steps out of it, and one in an area it agreed to leave leaves it.
 */
function advanceStep(
  scenario: Scenario, view: GameView, unit: Unit, distances: ObjectiveDistances, rules: MoveRules, restraint: CrisisRestraint | undefined,
  tactics: Tactics = DEFAULT_TACTICS,
): Command | undefined {
  // Guns, and with `shieldPersonnel` the great powers' own personnel (easy prey for IS), stop out of IS's reach.
  const isGun = typeOf(scenario, unit).range > 1 || (tactics.shieldPersonnel === true && unit.greatPower);
  const hostiles = isGun ? view.units.filter((u) => hostile(u.camp, unit.camp)) : [];
  const goals = campGoals(scenario, view, unit.camp, distances, rules.avoid, tactics);
  const withdraw = restraint ? mustWithdraw(view, restraint.camp, unit) : undefined;
  // With `shunAssault`, a proxy the other power could assault where it stands steps away, where it cannot.
  const rivals = tactics.shunAssault === true && !unit.greatPower ? assailants(scenario, view, unit.camp) : [];
  const shun = rivals.length > 0;
  // A unit next to a town others already besiege moves on even if its first step leads no closer (out of the town's zone of control).
  const stuck = (rules.avoid?.blocked(unit.hex) ?? false) || !rules.canStop(unit.hex, unit) || withdraw !== undefined || (tactics.besiege === true && spareBesieger(scenario, view, unit))
    || (shun && assailable(scenario, view, unit.camp, unit.hex, undefined, rivals));
  // With `detour`, a unit whose nearest objective it cannot get closer to (IS holds the way) heads for the next.
  const ranked = stuck ? [nearest(goals, unit.hex)] : ranking(goals, unit.hex).slice(0, tactics.detour ?? 1);
  if (ranked.length === 0 && !stuck) return undefined;
  const range = movementRange(scenario, view, unit.id);
  for (const goal of ranked) {
    let best: { hex: Hex; d: number; cost: number } | undefined;
    // The cheap tests first: most destinations are no better than the best so far.
    for (const dest of range.values()) {
      const d = goal ? goal.field.at(dest.hex) : nearestDistance(goals, dest.hex);
      if (!stuck && (d === undefined || d >= goal!.d)) continue;
      const score = d ?? Number.MAX_SAFE_INTEGER;
      if (best && !(score < best.d || (score === best.d && dest.cost < best.cost))) continue;
      // With `holdInContact`, a proxy may join the guard of an objective its camp holds even in contact: a lone guard invites assault.
      const joins = tactics.holdInContact === true && score === 0 && !unit.greatPower && goal !== undefined && view.control[goal.id] === unit.camp
        && !inContactHigh(scenario, view, unit.camp, dest.hex, tactics.yieldContactRung) && !rules.underRivalStrikes?.(dest.hex);
      if (!rules.canWalk(dest.path) || (!joins && !rules.canStop(dest.hex, unit))) continue;
      if (isGun && hostiles.some((h) => hexDistance(h.hex, dest.hex) < 2)) continue;
      if (withdraw && inArea(withdraw, dest.hex)) continue;
      if (shun && assailable(scenario, view, unit.camp, dest.hex, unit, rivals)) continue;
      best = { hex: dest.hex, d: score, cost: dest.cost };
    }
    if (best) return { type: 'move', unit: unit.id, to: best.hex };
  }
  return undefined;
}

/** A step of an engineer toward the river hex `site` it will bridge; undefined once beside it (or none better). */
function bridgeStep(scenario: Scenario, view: GameView, unit: Unit, site: Hex, rules: MoveRules, distances: ObjectiveDistances): Command | undefined {
  if (hexDistance(unit.hex, site) <= 1) return undefined;
  const field = distances.toHex(site, view.pontoons, rules.avoid);
  const here = field.at(unit.hex) ?? Infinity;
  // It keeps out of IS's reach; the bridge may stand near the other power (it is pulled back when attacked there).
  const is = view.units.filter((u) => u.camp === 'is');
  let best: { hex: Hex; d: number; cost: number } | undefined;
  for (const dest of movementRange(scenario, view, unit.id).values()) {
    const d = field.at(dest.hex) ?? Infinity;
    if (d >= here || (best && (d > best.d || (d === best.d && dest.cost >= best.cost)))) continue;
    if (!rules.canWalk(dest.path) || is.some((h) => hexDistance(h.hex, dest.hex) < 2)) continue;
    best = { hex: dest.hex, d, cost: dest.cost };
  }
  return best ? { type: 'move', unit: unit.id, to: best.hex } : undefined;
}

/** nearest(goals, at)?.d, without a Goal made per closer goal: asked for every destination of a stuck unit. */
function nearestDistance(goals: readonly Goal[], at: Hex): number | undefined {
  let best: number | undefined;
  for (const g of goals) {
    const d = g.field.at(at);
    if (d !== undefined && (best === undefined || d < best)) best = d;
  }
  return best;
}

/** `goals` the unit can reach, nearest first. */
function ranking(goals: readonly Goal[], at: Hex): Goal[] {
  const out: Goal[] = [];
  for (const g of goals) {
    const d = g.field.at(at);
    if (d !== undefined) out.push({ ...g, d });
  }
  // A stable sort: ties keep the scenario's order, as `nearest` does.
  return out.sort((a, b) => a.d - b.d);
}

/** An assault on the other power's proxies standing in the unit's way to its objective, or (`anywhere`) next to it at all; never on its personnel. */
function proxyAttack(
  scenario: Scenario, view: GameView, unit: Unit, distances: ObjectiveDistances, avoid: Avoid | undefined, anywhere = false,
): Command | undefined {
  const goal = anywhere ? undefined : nearest(goalFields(scenario, view, unit.camp, distances, avoid), unit.hex);
  if (!goal && !anywhere) return undefined;
  const target = attackTargets(scenario, view, unit)
    .filter((t) => t.odds.kind === 'assault' && t.odds.column >= ASSAULT_MIN_COLUMN)
    .filter((t) => {
      const there = view.units.filter((u) => hexKey(u.hex) === hexKey(t.hex));
      return there.length > 0 && there.every((u) => u.camp !== unit.camp && isPower(u.camp) && !u.greatPower);
    })
    .filter((t) => !goal || (goal.field.at(t.hex) ?? Infinity) < goal.d)
    .sort(byOdds)[0];
  return target ? { type: 'attack', unit: unit.id, target: target.hex } : undefined;
}

export const advance = powerPolicy('advance', PROFILES.advance);
export const careful = powerPolicy('careful', PROFILES.careful);
export const reckless = powerPolicy('reckless', PROFILES.reckless);
