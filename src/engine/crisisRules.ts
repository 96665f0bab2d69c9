// The crisis tables: the escalation ladder, what raises and lowers it, trust, and the odds of a
// misidentified strike or a firefight. Integers only; percentages are whole numbers.

export const ESCALATION_MAX = 100;
export const TRUST_MAX = 100;

export interface Rung { name: string; min: number; effects: string }

/** The ladder, bottom to top. Reaching the top rung ends the game in a direct clash. */
export const RUNGS: readonly Rung[] = [
  { name: 'Routine', min: 0, effects: 'Deconfliction works. Strikes near the other camp risk misidentification.' },
  { name: 'Friction', min: 20, effects: 'Units in contact at the end of a turn may exchange fire.' },
  { name: 'Incident', min: 40, effects: 'A strike near the other camp without prior notice counts as a deliberate provocation.' },
  { name: 'Confrontation', min: 60, effects: 'The other power is readier to retaliate: every rise is half as large again.' },
  { name: 'Crisis', min: 80, effects: 'Firefights between units in contact are likely. One more serious incident may mean a direct clash.' },
  { name: 'Direct clash', min: ESCALATION_MAX, effects: 'US and Russian forces fight each other. Both camps lose.' },
];
export const RUNG = { routine: 0, friction: 1, incident: 2, confrontation: 3, crisis: 4, clash: 5 } as const;

export function rungOf(points: number): number {
  let rung = 0;
  RUNGS.forEach((r, i) => { if (points >= r.min) rung = i; });
  return rung;
}

/** Escalation added by each kind of event, before the retaliation multiplier. */
export const RAISE = {
  contact: 2,
  /** Contact in which every pair has a restrained proxy: one side holds its fire. */
  contactHeld: 1,
  firefight: 6,
  misidentified_strike: 10,
  provocation: 3,
  deliberate_attack: 12,
  /** Per step lost by the other power's proxies. */
  proxyStep: 2,
  /** Per step lost by US or Russian personnel: weighed far above proxies. */
  greatPowerStep: 15,
  line_crossed: 9,
  agreement_broken: 6,
  warning_ignored: 4,
  public_warning: 4,
  false_denial: 5,
  proxy_fire: 5,
} as const;

/** From Confrontation up, rises are multiplied by RETALIATION_PCT / 100. */
export const RETALIATION_RUNG = RUNG.confrontation;
export const RETALIATION_PCT = 150;
/** From this rung up, an unnotified strike near the other camp is a provocation. */
export const PROVOCATION_RUNG = RUNG.incident;

export const LOWER = {
  /** A turn in which nothing raised escalation and the hotline was used: escalation nobody manages does not fade. */
  quietTurn: 3,
  /** Per agreement kept through a turn, up to HONOURED_CAP agreements. */
  honoured: 1,
  pullBack: 2,
  meeting: 10,
  acknowledge: 3,
  /** Control rules an incident an accident: nobody meant it. */
  ruledAccident: 4,
} as const;
export const HONOURED_CAP = 3;

export const TRUST = {
  agreement: 3,
  honoured: 1,
  broken: -10,
  unanswered: -5,
  rejected: -1,
  falseDenial: -5,
  exposed: -10,
  acknowledge: 3,
  acknowledgeNotice: 1,
  share: 2,
  meeting: 10,
  /** Control rules an incident an accident. */
  ruledAccident: 2,
  /** Control attributes an incident to a power. */
  ruledAttributed: -3,
} as const;

/** Misidentification chance of a strike near the other camp's units, in percent. */
export const MISID = { base: 25, fog: 20, notice: -15, shared: -10, trustDivisor: 10, min: 2, max: 75 } as const;
/** Chance of a firefight when units are in contact at the end of a turn, in percent. */
export const FIREFIGHT = {
  base: 5, perRung: 10, trustDivisor: 5, lineBroken: 15, min: 2, max: 80,
  /** A firefight whose opener is drawn from a restrained proxy happens only on a d100 at or under this. */
  restrainedPct: 25,
} as const;
/**
 * A proxy's own fire: at the end of its patron's phase each proxy (a power's unit that is not US or
 * Russian personnel) near the other power's proxies rolls d100 against this chance, in percent. The
 * tuning table for src/engine/proxies.ts; docs/escalation.md ("Proxies with a will of their own").
 */
export const PROXY_FIRE = {
  /** By distance in hexes to the nearest of the other power's proxies (index = distance); none beyond the last. */
  byDistance: [0, 8, 4],
  /** Added per rung of the ladder: the higher it stands, the jumpier the men. */
  perRung: 2,
  /** Trust lowers it by trust / trustDivisor. */
  trustDivisor: 10,
  /** The other power shared the position of the proxy in its sights: its men are known for what they are. */
  shared: -5,
  /** Bounds for a proxy that is near; restraint is applied after them. */
  min: 1,
  max: 40,
  /** A restrained proxy fires on its own at this percent of the chance (rounded down). */
  restrainedPct: 25,
  /** Chance that the victim learns who fired; it always knows when the firer's position was shared with it. */
  attributedPct: 40,
} as const;

/** Chance that a false denial of a suspected incident is exposed, in percent. */
export const EXPOSURE_PCT = 40;

/** Scores after a direct clash: both lose, the power that pushed it over loses worse. */
export const CLASH_SCORE = { culprit: -100, other: -50 } as const;

export const HOTLINE = {
  maxAreaRadius: 3,
  maxAgreementTurns: 6,
  maxLineHexes: 60,
  meetingCooldown: 3,
  warningTurns: 2,
} as const;

export const clamp = (n: number, lo: number, hi: number): number => (n < lo ? lo : n > hi ? hi : n);
