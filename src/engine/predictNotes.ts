// The notes of a hotline message's predicted effect: a stable code and its numbers for the UI to word
// in the player's language, with the English sentence kept for the command line and the logs.
type None = Record<never, never>;

/** The English sentence of each note, by code. A code added here needs a translation (src/text/predictText.ts). */
export const NOTE_TEXT = {
  notify_strike: (p: { turn: number; points: number }) => `Your strikes in the area on turn ${p.turn} are ${p.points} points less likely to hit the other power's forces.`,
  notify_strike_astray: (_: None) => 'If one does go astray, the other power will know it was yours: no dispute, and no provocation.',
  notify_ground: (_: None) => 'Tells the other power where your ground forces will operate, so it can keep clear.',
  line_river: (_: None) => 'Each power keeps to its own bank of the Euphrates.',
  line_hexes: (p: { hexes: number }) => `Neither power enters the ${p.hexes} hexes of the line.`,
  line_terms: (p: { trust: number; escalation: number; brokenTrust: number; lower: number; keptTrust: number }) =>
    `If accepted: trust +${p.trust}; crossing it is an incident (+${p.escalation} escalation, ${p.brokenTrust} trust); each turn it is kept lowers escalation by ${p.lower} and raises trust by ${p.keptTrust}.`,
  share_sees: (p: { turns: number }) => `The other power sees your units in the area for ${turns(p.turns)}: this gives away intelligence.`,
  share_strikes: (p: { points: number }) => `Its strikes there become ${p.points} points less likely to hit your forces.`,
  hold_fire_terms: (p: { trust: number; turns: number; escalation: number; brokenTrust: number }) =>
    `If accepted: trust +${p.trust}; the other power must not fire into the area for ${turns(p.turns)}; breaking it is an incident (+${p.escalation} escalation, ${p.brokenTrust} trust).`,
  withdrawal_terms: (p: { trust: number; turns: number; escalation: number; brokenTrust: number }) =>
    `If accepted: trust +${p.trust}; the other power must leave the area by the end of its next turn and stay out for ${turns(p.turns)}; breaking it is an incident (+${p.escalation} escalation, ${p.brokenTrust} trust).`,
  warn_window: (p: { turns: number; escalation: number }) =>
    `For ${turns(p.turns)}, the other power's moves or fire into the area count as ignoring the warning (+${p.escalation} escalation).`,
  warn_public: (_: None) => 'A public warning through the media raises escalation at once.',
  warn_private: (_: None) => 'A private warning costs nothing now.',
  protest_answer: (_: None) => 'The other power must answer in its next phase, or lose trust.',
  protest_replies: (p: { lower: number }) => `Acknowledging lowers escalation by ${p.lower}; a false denial costs trust and may be exposed.`,
  meeting_terms: (p: { trust: number; lower: number; meetingTrust: number }) =>
    `If accepted: trust +${p.trust}; the generals meet next turn: escalation -${p.lower}, trust +${p.meetingTrust}, and each side sees the other's forces for that turn.`,
  accept_bound: (_: None) => 'You are bound by what you accept.',
  reject_lapses: (_: None) => 'The request lapses.',
  counter_line: (_: None) => 'Rejects the proposed line and proposes yours; the other power must answer.',
  acknowledge_receipt: (_: None) => 'Confirms receipt.',
  acknowledge_responsibility: (_: None) => 'You accept responsibility: the other power knows it was you.',
  deny_honest: (_: None) => 'You did not cause it: an honest denial costs nothing.',
  deny_false_known: (_: None) => 'A false denial. The other power knows it was you: it will be exposed.',
  deny_false_chance: (p: { pct: number }) => `A false denial. It may be exposed (${p.pct}% chance).`,
  deny_exposure: (p: { trust: number; escalation: number }) => `Exposure costs ${p.trust} more trust and raises escalation by ${p.escalation}.`,
} as const;

function turns(n: number): string { return `${n} turn${n === 1 ? '' : 's'}`; }

export type NoteCode = keyof typeof NOTE_TEXT;
export type NoteParams<C extends NoteCode> = Parameters<(typeof NOTE_TEXT)[C]>[0];
/** One note: its code, its numbers, and the English sentence. */
export type PredictNote = { [C in NoteCode]: { code: C; params: NoteParams<C>; message: string } }[NoteCode];

export const note = <C extends NoteCode>(code: C, params: NoteParams<C>): PredictNote =>
  ({ code, params, message: (NOTE_TEXT[code] as (p: NoteParams<C>) => string)(params) }) as PredictNote;
