// The campaign AIs, `ai:cautious`, `ai:balanced` and `ai:assertive`, and the `greedy` baseline. The
// doctrines differ in what they trade for objectives: how much strike risk they accept at each rung,
// when they keep out of contact, how they answer the hotline. All of them back away from the top of
// the ladder. For IS every `ai:*` name gives the IS AI.
import { RUNG } from '../engine';
import { DIFFICULTIES, type Difficulty, levelPolicyName } from '../game/difficulty';
import type { CrisisProfile } from './hotline';
import { PROFILES } from './hotline';
import { islamicState } from './islamicState';
import type { PolicyFactory } from './policy';
import { type Tactics, powerPolicy } from './powers';

const CAMPAIGN: Tactics = { assaultMinColumn: 2, reinforce: true, detour: Infinity, doubleGuard: true, shieldPersonnel: true, besiege: true };

export const DOCTRINE_PROFILES = {
  /** Keeps the river line and its bank, stays out of contact, accepts most requests. */
  cautious: { ...PROFILES.careful, doctrine: 'cautious', cross: { fromTurn: 6, belowRung: RUNG.friction, holdRung: RUNG.incident, minPoints: 20, bridgehead: 2, reach: 2 } },
  /**
   * Notifies, proposes the line, keeps what it agreed; strikes near the other power only on notice and
   * at small risk; keeps out of contact from Friction (at every rung once attacked on purpose) and its
   * personnel further off; shares exposed positions; asks to meet from Friction (from Incident even a power that
   * leaves its calls unanswered); judges the other power's record. From Confrontation, facing a power that leaves
   * its calls unanswered, it stops and guards nowhere beside IS, where that power's strikes come unannounced.
   * Against a power that has attacked its forces on purpose it asks to meet at any rung and stops out of that
   * power's sight. With no line agreed, it does not cross a river whose line the other power turned down.
   */
  balanced: {
    ...PROFILES.advance, doctrine: 'balanced', unnotifiedStrikeRung: RUNG.routine, maxStrikeChance: [10, 5, 0, 0, 0],
    avoidContactRung: RUNG.friction, meetingRung: RUNG.incident, pressMeetingRung: RUNG.incident, shotAtMeetingRung: RUNG.routine, shareRung: RUNG.friction,
    greatPowerStandOff: 3, waryContact: true, hideFromShooter: true, shunRivalTargetsRung: RUNG.confrontation, shunStruck: 3, suspectReach: 6, shareExposed: true, judgeRival: true, warnCrossing: true,
    restrain: { idle: 2, all: 1, allRung: RUNG.friction, fullRung: RUNG.confrontation },
    cross: { fromTurn: 4, belowRung: RUNG.incident, holdRung: RUNG.confrontation, minPoints: 10, bridgehead: 4, reach: 3, lineFirst: true },
  },
  /** Takes more strike risk and keeps contact longer; answers by the assertive doctrine; still stops short of a clash. */
  assertive: {
    ...PROFILES.advance, doctrine: 'assertive', unnotifiedStrikeRung: RUNG.confrontation,
    maxStrikeChance: [45, 35, 25, 10, 0], avoidContactRung: RUNG.incident, meetingRung: RUNG.crisis, shareRung: RUNG.incident,
    restrain: { idle: 1, all: 1, allRung: RUNG.confrontation, fullRung: RUNG.crisis },
    cross: { fromTurn: 3, belowRung: RUNG.confrontation, holdRung: RUNG.crisis, minPoints: 10, bridgehead: 4, reach: 4 },
  },
  /** Never touches the hotline, strikes wherever a target is and attacks the other power's proxies in its way. */
  greedy: { ...PROFILES.reckless, attackProxies: true },
} as const satisfies Record<string, CrisisProfile>;

/** A great-power AI for the powers, the IS AI for IS. */
function campaign(name: string, profile: CrisisProfile, tactics: Tactics): PolicyFactory {
  const power = powerPolicy(name, profile, tactics);
  return (options) => (options.camp === 'is' ? islamicState(options) : power(options));
}

/**
 * ai:balanced also yields exposed objectives to a power that strikes its forces, focuses fire on IS-held towns,
 * holds its objectives in contact (up to Crisis), and keeps its proxies where the other power cannot assault them at good odds.
 */
const BALANCED: Tactics = { ...CAMPAIGN, yieldExposed: true, focusStrikes: true, holdInContact: true, shunAssault: true, yieldContactRung: RUNG.crisis, coverCrossing: { turns: 2, riskCap: 30, belowRung: RUNG.incident } };

/**
 * Difficulty changes how well a doctrine fights, never what it sees, the rules or the dice. Normal is the
 * doctrine as it was. Hard fires its guns and air before its assaults, picks assaults by the combat
 * preview (the chance to take the hex, then steps traded) and crosses the river sooner and in strength
 * (hardCrossing). Easy calls in no air, lets about a third of its units idle each turn (by a hash of seed,
 * turn and unit), and neither focuses fire, besieges nor garrisons.
 */
const LEVEL_TACTICS: Readonly<Record<Difficulty, Partial<Tactics>>> = {
  easy: { sorties: 0, lapse: 3, focusStrikes: false, besiege: false, reinforce: false },
  normal: {},
  hard: { fireFirst: true, weighOutcomes: true },
};

const DOCTRINE_TACTICS = { cautious: CAMPAIGN, balanced: BALANCED, assertive: CAMPAIGN } as const;

/**
 * Hard's crossing: from turn 2 (the bridge still waits for PONTOON_TURN) whatever IS holds beyond, a
 * bridgehead of up to 12 proxies reaching 10 hexes, held up to Crisis, even over a line turned down. Only a camp with engineers crosses
 * (the government side): its prize, the dug-in city, holds out, and the east bank's objectives near it are
 * what it can win (hard as the government won 21% of games against normal without it). The rung it
 * starts below stays the doctrine's.
 */
function hardCrossing(profile: CrisisProfile): CrisisProfile {
  const cross = profile.cross;
  if (!cross) return profile;
  return {
    ...profile,
    cross: { ...cross, fromTurn: Math.min(cross.fromTurn, 2), minPoints: 0, bridgehead: 12, reach: 10, holdRung: Math.max(cross.holdRung, RUNG.crisis), lineFirst: false },
  };
}

function levels(): Record<string, PolicyFactory> {
  const out: Record<string, PolicyFactory> = {};
  for (const d of ['cautious', 'balanced', 'assertive'] as const) {
    for (const level of DIFFICULTIES) {
      const name = levelPolicyName(d, level);
      const profile = level === 'hard' ? hardCrossing(DOCTRINE_PROFILES[d]) : DOCTRINE_PROFILES[d];
      out[name] = campaign(name, profile, { ...DOCTRINE_TACTICS[d], ...LEVEL_TACTICS[level] });
    }
  }
  // The levels alone are the balanced doctrine's: `ai:normal` plays as `ai:balanced`.
  for (const level of DIFFICULTIES) out[`ai:${level}`] = out[levelPolicyName('balanced', level)]!;
  return out;
}

export const AI_POLICIES: Readonly<Record<string, PolicyFactory>> = {
  ...levels(),
  /** Nearest objective, attacks at any odds (the other power's proxies in its way too), no hotline. */
  greedy: powerPolicy('greedy', DOCTRINE_PROFILES.greedy, { assaultMinColumn: 0, reinforce: false, brawl: true }),
};
