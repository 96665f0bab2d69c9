// How an AI power conducts itself in the great-power crisis, in two parts: what it says on the hotline
// (answers, protests, the river line, warnings, shared positions, meetings: HotlineVoice, here), and
// which strikes it holds back and where it will not move (CrisisRestraint, restraint.ts). A profile
// sets each habit, so `advance`, `careful` and `reckless` differ only in their profiles.
import {
  type Area, type Doctrine, type GameView, type HotlineMessage, type MessageBody,
  type Power, type ReplyBody, type Scenario, RUNG, activeAgreements, agreedLine,
  beyondLine, checkMessage, hexDistance, inArea, otherPower, parseHexKey, rulesSummary, rungOf,
} from '../engine';
import type { PhaseMemory } from './common';
import { type CrossingProfile, RIVER, crossingStance, rivalAnswers } from './crossing';
import type { RestraintProfile } from './proxies';
import { chooseReply, lineStakes, replyDice } from './replies';

export interface CrisisProfile {
  /** How it answers calls: by the scenario's doctrine, as a line-keeper (cautious, never leaves a call), or not at all. */
  replies: 'doctrine' | 'keeper' | 'none';
  /** Notifies a strike near the other power before making it. */
  notify: boolean;
  /** From this rung up it makes no strike near the other power without notice (Infinity: it always may). */
  unnotifiedStrikeRung: number;
  /** The largest misidentification chance, in percent as it reckons it, it accepts at each rung (the last covers the rest). */
  maxStrikeChance: readonly number[];
  /** Never crosses an agreed line. */
  keepLine: boolean;
  /** Keeps to its own bank of the river even with no line agreed. */
  ownBank: boolean;
  /** From this rung up it keeps its units out of contact with the other power's (Infinity: never). */
  avoidContactRung: number;
  /** Keeps its units out of the danger radius of where the other power's strikes hit or provoked it in the last turns (its own turn included). */
  shunStruck?: number;
  /** Keeps the hold-fires, withdrawals and warnings that bind it. */
  keepAgreements: boolean;
  /** Proposes the river line. */
  proposeLine: boolean;
  /** Protests incidents against its forces. */
  protest: boolean;
  /** Warns the other power off objectives it holds when its units come close. */
  warn: boolean;
  /** From this rung up it asks for a face-to-face meeting (Infinity: never). */
  meetingRung: number;
  /**
   * From this rung up it asks for a meeting even of a power that leaves more calls unanswered than it
   * answers: a meeting is the largest step down the ladder, and an unanswered call costs only trust.
   */
  pressMeetingRung?: number;
  /** Once the other power has attacked its forces on purpose (no inject), it asks to meet from this rung up, pressing or not: the meeting is the largest step down the ladder. */
  shotAtMeetingRung?: number;
  /** From this rung up it shares the positions of its units near the other power's (Infinity: never). */
  shareRung: number;
  /** Acknowledges notices, shares and warnings when calls are to spare. */
  acknowledge: boolean;
  /** Attacks the other power's proxies (never its own personnel) when they block the way. */
  attackProxies: boolean;
  /** The doctrine it answers by, in place of the scenario's (with replies 'doctrine'). */
  doctrine?: Doctrine;
  /**
   * Its great-power personnel keep this far from the other power's units (0: no rule): a hit on them
   * weighs far more on the ladder than one on proxies.
   */
  greatPowerStandOff?: number;
  /** Keeps out of contact at every rung once the other power has attacked its forces on purpose. */
  waryContact?: boolean;
  /**
   * Once the other power has attacked its forces on purpose (no inject), its units stop nowhere that power's
   * units see (each unit's sight), and those seen step out of it: what it does not see it cannot strike.
   */
  hideFromShooter?: boolean;
  /**
   * From this rung up, facing a power that leaves its calls unanswered, stops nowhere within the danger
   * radius of IS: that power's strikes on IS come unannounced, and near the top one gone astray is a clash.
   */
  shunRivalTargetsRung?: number;
  /** How near the other power's units (seen, or by its objectives) a blind spot may hide some (SUSPECT_REACH when absent). */
  suspectReach?: number;
  /** From its share rung (at every rung once the other power has caused an incident against it or ignores its calls), shares every exposed position, for longer: those near the other power, and those next to IS, where its strikes land. */
  shareExposed?: boolean;
  /**
   * Judges the other power by its record: protests only to one that owns up at least twice as often as
   * it denies (a false denial raises the ladder), warns only one that answers calls and has broken no agreement.
   */
  judgeRival?: boolean;
  /** Weighs crossing the river line it agreed (or its own bank) when the stakes beyond are worth it (absent: never). */
  cross?: CrossingProfile;
  /** Warns in public, once, when the other power crosses the agreed line. */
  warnCrossing?: boolean;
  /** Which of its proxies it restrains, so that they do not open fire on the other power's on their own (absent: none). */
  restrain?: RestraintProfile;
}

/** Calls kept back for strike notices when making optional calls. */
const NOTICE_RESERVE = 2;
/** Turns between proposals of a line after one is turned down. */
const LINE_RETRY = 3;
/** The other power's units this close to an objective it holds draw a warning off the hexes round it. */
const WARN_DISTANCE = 2;
const WARN_RADIUS = 1;
/** A unit of the other power seen this close to a target's danger zone may have others out of sight there. */
export const SUSPECT_REACH = 3;
/** From this rung up a power shares every position near the other power's, not one area a turn. */
const SHARE_ALL_RUNG = RUNG.incident;
/** A share covers this many turns. */
const SHARE_TURNS = 2;
/** ... and, with `shareExposed`, this many: the front moves slowly, and fewer calls keep the game quick. */
const EXPOSED_SHARE_TURNS = 4;

export { RIVER };


/** Incidents that mark a broken agreement. */
const BREACHES: ReadonlySet<string> = new Set(['line_crossed', 'agreement_broken', 'warning_ignored']);

/** Calls left to `camp` this turn, keeping `reserve` back. */
export function canCall(scenario: Scenario, view: GameView, memory: PhaseMemory, camp: Power, reserve = 0): boolean {
  return !memory.hotlineRefused && view.crisis.sentThisTurn[camp] + reserve < scenario.data.crisis.messagesPerTurn;
}

export function sendable(scenario: Scenario, view: GameView, body: MessageBody): boolean {
  return checkMessage(scenario, view, body) === undefined;
}

/** What an AI power says on the hotline: its answers, its opening calls, its acknowledgements. */
export class HotlineVoice {
  readonly rival: Power;

  constructor(readonly profile: CrisisProfile, readonly seed: string, readonly camp: Power) {
    this.rival = otherPower(camp);
  }

  private rung(view: GameView): number {
    return rungOf(view.crisis.escalation.points);
  }

  private canCall(scenario: Scenario, view: GameView, memory: PhaseMemory, reserve = 0): boolean {
    return canCall(scenario, view, memory, this.camp, reserve);
  }

  private sendable(scenario: Scenario, view: GameView, body: MessageBody): boolean {
    return sendable(scenario, view, body);
  }

  private doctrine(scenario: Scenario): Doctrine {
    return this.profile.replies === 'keeper' ? 'cautious' : this.profile.doctrine ?? scenario.data.crisis.doctrine[this.camp];
  }

  /** This power's answer to `m`, or null for none. */
  reply(scenario: Scenario, view: GameView, m: HotlineMessage): ReplyBody | null {
    if (this.profile.replies === 'none') return null;
    if (this.profile.replies === 'keeper') {
      switch (m.body.kind) {
        case 'propose_line': case 'counter': case 'request_meeting': case 'request_hold_fire':
          return { kind: 'accept', to: m.id };
        case 'protest':
          return { kind: 'acknowledge', to: m.id };
        case 'notify': case 'warn':
          return this.profile.acknowledge ? { kind: 'acknowledge', to: m.id } : null;
        case 'share_positions':
          return null;
        default:
          break;
      }
    }
    const answer = chooseReply(scenario, view, m, this.doctrine(scenario), replyDice(this.seed, this.camp, m.id));
    // A line-keeper never leaves a call unanswered: what it will not accept, it turns down.
    if (!answer && this.profile.replies === 'keeper' && m.status === 'pending') return { kind: 'reject', to: m.id };
    return answer;
  }

  /**
   * The next call to make at the start of the phase, before any unit acts: answers first, then
   * protests, the line, a meeting, warnings and shares. Undefined when there is none.
   */
  opening(scenario: Scenario, view: GameView, memory: PhaseMemory): MessageBody | undefined {
    if (!this.canCall(scenario, view, memory)) return undefined;
    const crisis = view.crisis;
    for (const m of crisis.messages) {
      if (m.to !== this.camp || m.status !== 'pending' || memory.unanswered.has(m.id)) continue;
      const answer = this.reply(scenario, view, m);
      if (answer && this.sendable(scenario, view, answer)) return answer;
      memory.unanswered.add(m.id);
    }
    if (memory.opened) return undefined;
    const p = this.profile;
    const spare = this.canCall(scenario, view, memory, NOTICE_RESERVE);
    const answers = rivalAnswers(view, this.camp);
    const candidates: (() => MessageBody | undefined)[] = [
      () => this.announceCrossing(scenario, view),
      () => (p.protest && answers ? this.protest(view) : undefined),
      () => (p.warnCrossing ? this.crossingWarning(view) : undefined),
      () => (p.proposeLine && answers && this.lineWanted(scenario, view) ? { kind: 'propose_line', line: RIVER } : undefined),
      () => {
        const shot = p.shotAtMeetingRung !== undefined && this.rung(view) >= p.shotAtMeetingRung && this.shotAt(view);
        return (shot || (this.rung(view) >= p.meetingRung && (answers || this.rung(view) >= (p.pressMeetingRung ?? Infinity)))) && !this.meetingSet(view)
          ? { kind: 'request_meeting' } : undefined;
      },
      () => (p.warn && (answers || !p.judgeRival) && !this.sentThisTurn(view, 'warn') ? this.warning(scenario, view) : undefined),
      () => ((this.rung(view) >= p.shareRung || (p.shareExposed === true && (this.struck(view) || !answers)))
        && (p.shareExposed === true || this.rung(view) >= SHARE_ALL_RUNG || !this.sentThisTurn(view, 'share_positions'))
        ? this.share(scenario, view) : undefined),
    ];
    if (spare) {
      for (const make of candidates) {
        const body = make();
        if (body && this.sendable(scenario, view, body)) return body;
      }
    }
    memory.opened = true;
    return undefined;
  }

  /** Acknowledgements of notices, shares and warnings, once the units are done, if calls are to spare. */
  closing(scenario: Scenario, view: GameView, memory: PhaseMemory): MessageBody | undefined {
    if (!this.profile.acknowledge || !this.canCall(scenario, view, memory)) return undefined;
    for (const m of view.crisis.messages) {
      if (m.to !== this.camp || m.status !== 'info' || m.answer !== null || m.turn < view.turn - 1 || memory.unanswered.has(m.id)) continue;
      memory.unanswered.add(m.id);
      const answer = this.reply(scenario, view, m);
      if (answer && this.sendable(scenario, view, answer)) return answer;
    }
    return undefined;
  }

  /**
   * Before its first units cross the river line, the doctrine that weighs it announces the operation
   * at the bridge: a breach it owns, not one the other power finds out (as Russia did on 18 Sep 2017).
   */
  private announceCrossing(scenario: Scenario, view: GameView): MessageBody | undefined {
    const p = this.profile;
    const bridge = view.pontoons[0];
    if (!p.cross || bridge === undefined || crossingStance(scenario, view, this.camp, p.cross, p.keepLine, p.ownBank) !== 'cross') return undefined;
    if (view.crisis.messages.some((m) => m.from === this.camp && m.body.kind === 'notify' && m.body.activity === 'operation')) return undefined;
    if (view.units.some((u) => u.camp === this.camp && beyondLine(scenario.map, RIVER, this.camp, u.hex))) return undefined;
    return { kind: 'notify', activity: 'operation', area: { centre: parseHexKey(bridge), radius: rulesSummary().hotline.maxAreaRadius }, turn: view.turn };
  }

  /** Warnings and shares go one a turn (low on the ladder): the line has better uses. */
  private sentThisTurn(view: GameView, kind: MessageBody['kind']): boolean {
    return view.crisis.messages.some((m) => m.from === this.camp && m.turn === view.turn && m.body.kind === kind);
  }

  /**
   * A public warning off the bridgehead when the other power has just crossed the agreed line: once a
   * game, as Russia's ministry warned in public on 21 Sep 2017. It raises the ladder (public_warning).
   */
  private crossingWarning(view: GameView): MessageBody | undefined {
    // The breach first: incidents are few, messages many.
    const breach = view.crisis.incidents.find((i) => i.type === 'line_crossed' && i.victim === this.camp && i.turn >= view.turn - 1);
    if (!breach || view.crisis.messages.some((m) => m.from === this.camp && m.body.kind === 'warn' && m.body.public)) return undefined;
    return { kind: 'warn', area: { centre: breach.hex, radius: WARN_RADIUS }, consequence: 'hold_responsible', public: true };
  }

  /** Has the other power attacked our forces on purpose (not an inject)? */
  private shotAt(view: GameView): boolean {
    return view.crisis.incidents.some((i) => i.type === 'deliberate_attack' && i.victim === this.camp && i.inject === undefined);
  }

  /** Has the other power caused an incident against our forces? Then exposed positions are shared below the share rung too. */
  private struck(view: GameView): boolean {
    return view.crisis.incidents.some((i) => i.cause === this.rival && i.victim === this.camp);
  }

  /** A protest of the latest open incident against our forces (the hotline's own warnings excepted). */
  private protest(view: GameView): MessageBody | undefined {
    const incident = view.crisis.incidents.find((i) => i.victim === this.camp && i.status === 'open' && i.turn >= view.turn - 1
      && i.type !== 'public_warning');
    // The rival's record (all the messages) only when there is something to protest.
    if (!incident || (this.profile.judgeRival && !this.ownsUp(view))) return undefined;
    return { kind: 'protest', incident: incident.id };
  }

  /** Has the other power acknowledged our protests at least twice as often as it denied them? */
  private ownsUp(view: GameView): boolean {
    let acknowledged = 0;
    let denied = 0;
    const protests = new Set(view.crisis.messages.filter((m) => m.from === this.camp && m.body.kind === 'protest').map((m) => m.id));
    for (const m of view.crisis.messages) {
      if (m.from !== this.rival || !('to' in m.body) || !protests.has(m.body.to)) continue;
      if (m.body.kind === 'acknowledge') acknowledged++;
      else if (m.body.kind === 'deny') denied++;
    }
    return acknowledged >= 2 * denied;
  }

  private meetingSet(view: GameView): boolean {
    return view.crisis.agreements.some((a) => a.kind === 'meeting' && a.from >= view.turn);
  }

  /** No line stands or is on the table, none was turned down lately, and the river does not cost us much. */
  private lineWanted(scenario: Scenario, view: GameView): boolean {
    if (agreedLine(view.crisis.agreements, view.turn)) return false;
    const proposals = view.crisis.messages.filter((m) => m.body.kind === 'propose_line' || m.body.kind === 'counter');
    if (proposals.some((m) => m.status === 'pending')) return false;
    const last = proposals[proposals.length - 1];
    if (last && view.turn - last.turn < LINE_RETRY) return false;
    const stakes = lineStakes(scenario, view, this.camp, RIVER);
    return this.profile.ownBank || stakes.give <= stakes.get + 10;
  }

  /**
   * A warning off an objective we hold that the other power's units approach (but have not reached),
   * unless one stands there. A power that ignored one of our warnings gets no more: each breach costs trust.
   */
  private warning(scenario: Scenario, view: GameView): MessageBody | undefined {
    const ours = view.crisis.agreements.filter((a) => a.kind === 'warning' && a.by === this.camp);
    if (ours.some((a) => a.violations.length > 0)) return undefined;
    // Nor does one that has broken any agreement, when the profile judges the other power.
    if (this.profile.judgeRival && view.crisis.incidents.some((i) => i.cause === this.rival && BREACHES.has(i.type))) return undefined;
    const standing = activeAgreements(ours, view.turn);
    const rivals = view.units.filter((u) => u.camp === this.rival);
    for (const o of scenario.objectives) {
      if (view.control[o.id] !== this.camp) continue;
      const area: Area = { centre: o.hex, radius: WARN_RADIUS };
      if (standing.some((a) => a.area !== null && inArea(a.area, o.hex))) continue;
      if (rivals.some((u) => inArea(area, u.hex))) continue;
      if (rivals.some((u) => hexDistance(u.hex, o.hex) <= WARN_DISTANCE)) return { kind: 'warn', area, consequence: 'hold_responsible', public: false };
    }
    return undefined;
  }

  /** Shares the positions of our units that the other power's strikes could hit, if not shared already. */
  private share(scenario: Scenario, view: GameView): MessageBody | undefined {
    const reach = scenario.data.crisis.dangerRadius + SUSPECT_REACH;
    const shared = activeAgreements(view.crisis.agreements, view.turn).filter((a) => a.kind === 'shared_positions' && a.by === this.camp);
    const rivals = view.units.filter((u) => u.camp === this.rival);
    // With shareExposed, positions next to IS too: the other power's strikes on IS land there.
    const exposed = this.profile.shareExposed === true ? view.units.filter((u) => u.camp === 'is') : [];
    for (const u of view.units) {
      if (u.camp !== this.camp || shared.some((a) => a.area !== null && inArea(a.area, u.hex))) continue;
      if (!rivals.some((r) => hexDistance(r.hex, u.hex) <= reach) && !exposed.some((x) => hexDistance(x.hex, u.hex) <= 1)) continue;
      return { kind: 'share_positions', area: { centre: u.hex, radius: rulesSummary().hotline.maxAreaRadius }, turns: this.profile.shareExposed ? EXPOSED_SHARE_TURNS : SHARE_TURNS };
    }
    return undefined;
  }
}

export const PROFILES = {
  /** The default AI: balanced, talks on the hotline, and backs away from the top of the ladder. */
  advance: {
    replies: 'doctrine', notify: true, unnotifiedStrikeRung: RUNG.incident,
    maxStrikeChance: [30, 25, 20, 10, 0], keepLine: true, ownBank: false, avoidContactRung: RUNG.friction,
    keepAgreements: true, proposeLine: true, protest: true, warn: true, meetingRung: RUNG.confrontation, shareRung: RUNG.friction,
    acknowledge: true, attackProxies: false, restrain: { idle: 2, all: 1, allRung: RUNG.incident, fullRung: RUNG.crisis },
  },
  /** Notifies, keeps the river line and its own bank, stays out of contact, owns up to its incidents. */
  careful: {
    replies: 'keeper', notify: true, unnotifiedStrikeRung: RUNG.routine,
    maxStrikeChance: [15, 15, 10, 10, 5], keepLine: true, ownBank: true, avoidContactRung: RUNG.routine,
    keepAgreements: true, proposeLine: true, protest: true, warn: false, meetingRung: RUNG.incident, shareRung: RUNG.friction,
    acknowledge: true, attackProxies: false, restrain: { idle: 2, all: 2, allRung: RUNG.routine, fullRung: RUNG.incident },
  },
  /** Strikes wherever it is useful, never notifies, crosses lines, answers nothing. */
  reckless: {
    replies: 'none', notify: false, unnotifiedStrikeRung: Infinity,
    maxStrikeChance: [100], keepLine: false, ownBank: false, avoidContactRung: Infinity,
    keepAgreements: false, proposeLine: false, protest: false, warn: false, meetingRung: Infinity, shareRung: Infinity,
    acknowledge: false, attackProxies: true,
  },
} as const satisfies Record<string, CrisisProfile>;
