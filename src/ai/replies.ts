// The hotline reply policy: how an AI power answers a message from the other power, given its
// doctrine, the trust between the two powers and the escalation ladder. Cautious powers accept more
// and own up to their incidents; assertive ones reject more and deny what they did, most of all when
// the other side only suspects them. Now and then a call goes unanswered, likelier at low trust (the
// unanswered call of September 2016). Deterministic given the view and the dice, which a policy
// derives from the game seed for each message (replyDice), so one answer never shifts another.
import {
  type Doctrine, type GameView, type HotlineMessage, type Incident, type LineSpec, type Power, type ReplyBody,
  type Scenario, Dice, beyondLine, inArea, otherPower, rungOf, seedState,
} from '../engine';

/** Chance in percent of leaving a call that needs an answer unanswered: rare, likelier at low trust. */
export const MISS = { trustFloor: 60, divisor: 10, max: 6, doctrine: { cautious: 0, balanced: 0, assertive: 1 } } as const;

/** Base chance in percent of accepting each kind of request, by doctrine. */
export const ACCEPT = {
  line: { cautious: 85, balanced: 70, assertive: 35 },
  hold_fire: { cautious: 75, balanced: 50, assertive: 20 },
  withdrawal: { cautious: 60, balanced: 35, assertive: 10 },
  meeting: { cautious: 95, balanced: 85, assertive: 55 },
} as const satisfies Record<string, Record<Doctrine, number>>;

/** Added to acceptance per rung of the ladder: the higher it stands, the readier a power is to deal. */
export const ESCALATION_PER_RUNG: Readonly<Record<Doctrine, number>> = { cautious: 8, balanced: 5, assertive: 2 };

/** Chance in percent of denying an incident the power caused (a false denial), by doctrine. */
export const DENY_OWN: Readonly<Record<Doctrine, number>> = { cautious: 5, balanced: 20, assertive: 55 };
/** ... and of denying one it did not cause (a true denial, which costs nothing). */
export const DENY_OTHER: Readonly<Record<Doctrine, number>> = { cautious: 40, balanced: 80, assertive: 100 };
/** Chance in percent of acknowledging a notice, share or warning (no answer is needed). */
export const ACK_INFO: Readonly<Record<Doctrine, number>> = { cautious: 70, balanced: 40, assertive: 10 };

/** Trust moves acceptance by (trust - TRUST_PIVOT) / TRUST_DIVISOR points. */
const TRUST_PIVOT = 40;
const TRUST_DIVISOR = 4;

/** The policy's own dice for one message: the same seed, camp and message always give the same answer. */
export function replyDice(seed: string, camp: Power, messageId: string): Dice {
  return new Dice(seedState(`${seed}/${camp}/replies/${messageId}`));
}

const pct = (n: number): number => Math.max(0, Math.min(100, Math.floor(n)));

/** Objective points a power gives up and gains under `line`: what it may no longer take, and what the other may not. */
export function lineStakes(scenario: Scenario, view: GameView, camp: Power, line: LineSpec): { give: number; get: number; frozen: number } {
  const rival = otherPower(camp);
  let give = 0;
  let get = 0;
  for (const o of scenario.objectives) {
    if (beyondLine(scenario.map, line, camp, o.hex) && view.control[o.id] !== camp) give += o.points;
    if (beyondLine(scenario.map, line, rival, o.hex) && view.control[o.id] !== rival) get += o.points;
  }
  const frozen = view.units.filter((u) => u.camp === camp && beyondLine(scenario.map, line, camp, u.hex)).length;
  return { give, get, frozen };
}

/** The chance in percent that `camp` accepts `line`. */
function lineAcceptance(scenario: Scenario, view: GameView, camp: Power, line: LineSpec, base: number): number {
  const { give, get, frozen } = lineStakes(scenario, view, camp, line);
  const balance = get - give;
  return base + (balance >= 0 ? Math.floor(balance / 4) : Math.floor(balance / 2)) - 10 * frozen;
}

/**
 * The chance in percent of each kind of answer, before the roll. Exposed for tests and the facilitator:
 * `miss` is the chance of no answer, `yes` of the favourable answer (accept or acknowledge).
 */
export function replyChances(scenario: Scenario, view: GameView, message: HotlineMessage, doctrine: Doctrine): { miss: number; yes: number } {
  const camp = message.to;
  const trust = view.crisis.trust;
  const rung = rungOf(view.crisis.escalation.points);
  const trustAdj = Math.floor((trust - TRUST_PIVOT) / TRUST_DIVISOR);
  const dealAdj = trustAdj + ESCALATION_PER_RUNG[doctrine] * rung;
  const miss = message.status === 'pending'
    ? pct(Math.min(MISS.max, Math.max(0, Math.floor((MISS.trustFloor - trust) / MISS.divisor))) + MISS.doctrine[doctrine])
    : 0;
  const body = message.body;
  switch (body.kind) {
    case 'propose_line': case 'counter':
      return { miss, yes: pct(lineAcceptance(scenario, view, camp, body.line, ACCEPT.line[doctrine]) + dealAdj) };
    case 'request_hold_fire': {
      const targets = Math.min(3, view.units.filter((u) => u.camp === 'is' && inArea(body.area, u.hex)).length);
      return { miss, yes: pct(ACCEPT.hold_fire[doctrine] + dealAdj - 10 * targets) };
    }
    case 'request_withdrawal': {
      const own = view.units.filter((u) => u.camp === camp && inArea(body.area, u.hex)).length;
      const held = scenario.objectives.some((o) => view.control[o.id] === camp && inArea(body.area, o.hex));
      return { miss, yes: pct(ACCEPT.withdrawal[doctrine] + dealAdj - 15 * own - (held ? 25 : 0)) };
    }
    case 'request_meeting':
      return { miss, yes: pct(ACCEPT.meeting[doctrine] + dealAdj) };
    case 'protest': {
      const incident = view.crisis.incidents.find((i) => i.id === body.incident);
      return { miss, yes: incident ? 100 - denyChance(incident, camp, doctrine, trustAdj) : 0 };
    }
    case 'notify': case 'share_positions': case 'warn':
      return { miss, yes: pct(ACK_INFO[doctrine] + trustAdj) };
    default:
      return { miss, yes: 0 };
  }
}

/** Chance in percent of denying `incident`: a power denies what it did more when the other side only suspects it. */
function denyChance(incident: Incident, camp: Power, doctrine: Doctrine, trustAdj: number): number {
  if (incident.cause !== camp) return DENY_OTHER[doctrine];
  const victim = incident.victim;
  const surelyExposed = victim !== null && incident.knowledge[victim] === 'knows';
  const deny = DENY_OWN[doctrine] - trustAdj;
  return pct(surelyExposed ? deny / 3 : deny);
}

/**
 * The answer of the message's recipient, or null for none (a call left unanswered, or a notice not
 * acknowledged). `view` is the recipient's view; `dice` its own stream for this message.
 */
export function chooseReply(scenario: Scenario, view: GameView, message: HotlineMessage, doctrine: Doctrine, dice: Dice): ReplyBody | null {
  if (message.answer !== null || message.status === 'unanswered' || message.status === 'answered') return null;
  const camp = message.to;
  const { miss, yes } = replyChances(scenario, view, message, doctrine);
  const missRoll = dice.roll(100);
  const roll = dice.roll(100);
  if (missRoll <= miss) return null;
  const to = message.id;
  const body = message.body;
  switch (body.kind) {
    case 'propose_line': case 'counter': {
      if (roll <= yes) return { kind: 'accept', to };
      // A line of hexes may be met with the river, when the river suits this power better.
      if (body.line.kind === 'hexes') {
        const river: LineSpec = { kind: 'river' };
        const a = lineStakes(scenario, view, camp, river);
        const b = lineStakes(scenario, view, camp, body.line);
        if (a.get - a.give - 10 * a.frozen > b.get - b.give - 10 * b.frozen) return { kind: 'counter', to, line: river };
      }
      return { kind: 'reject', to };
    }
    case 'request_hold_fire': case 'request_withdrawal': case 'request_meeting':
      return { kind: roll <= yes ? 'accept' : 'reject', to };
    case 'protest':
      return { kind: roll <= yes ? 'acknowledge' : 'deny', to };
    case 'notify': case 'share_positions': case 'warn':
      return roll <= yes ? { kind: 'acknowledge', to } : null;
    default:
      return null;
  }
}

