// The compose form's state, and the message body it stands for. No DOM: the form edits a Draft and
// asks draftBody for the message, or for what is still missing.
import { type Hex, type LineSpec, type MessageBody, type OpeningBody, type WarningConsequence, hexDistance, hexKey, hexLine } from '../../engine';
import { t } from '../../i18n/messages';

/** The opening kinds, plus a counter-proposal to a line (a reply that needs a line of its own). */
export type ComposeKind = OpeningBody['kind'] | 'counter';

export const COMPOSE_KINDS: readonly OpeningBody['kind'][] = [
  'notify', 'propose_line', 'share_positions', 'request_hold_fire', 'request_withdrawal', 'warn', 'protest', 'request_meeting',
];

export interface Draft {
  kind: ComposeKind;
  /** The line proposal a counter answers. */
  to: string | null;
  activity: 'strike' | 'operation';
  /** 0 = this turn, 1 = next turn (notices). */
  when: 0 | 1;
  centre: Hex | null;
  radius: number;
  turns: number;
  line: 'river' | 'hexes';
  hexes: Hex[];
  consequence: WarningConsequence;
  public: boolean;
  incident: string;
}

export const newDraft = (): Draft => ({
  kind: 'notify', to: null, activity: 'strike', when: 0, centre: null, radius: 1, turns: 2,
  line: 'river', hexes: [], consequence: 'hold_responsible', public: false, incident: '',
});

/** Kinds whose form has an area. */
export const hasArea = (k: ComposeKind): boolean => ['notify', 'share_positions', 'request_hold_fire', 'request_withdrawal', 'warn'].includes(k);
/** Kinds whose form has a number of turns. */
export const hasTurns = (k: ComposeKind): boolean => ['share_positions', 'request_hold_fire', 'request_withdrawal'].includes(k);
export const hasLine = (k: ComposeKind): boolean => k === 'propose_line' || k === 'counter';

/**
 * A click on the map while building a line: a hex in the line comes out; a new one goes in, with the
 * straight run of hexes from the line's last hex when it is further than a neighbour.
 */
export function toggleHex(d: Draft, h: Hex, onMap: (h: Hex) => boolean = () => true): void {
  const i = d.hexes.findIndex((x) => hexKey(x) === hexKey(h));
  if (i >= 0) { d.hexes.splice(i, 1); return; }
  const last = d.hexes[d.hexes.length - 1];
  const run = last && hexDistance(last, h) > 1 ? hexLine(last, h).slice(1) : [h];
  const have = new Set(d.hexes.map(hexKey));
  for (const x of run) if (!have.has(hexKey(x)) && onMap(x)) { d.hexes.push(x); have.add(hexKey(x)); }
}

/** The message the draft stands for on `turn`, or what the player still has to choose. */
export function draftBody(d: Draft, turn: number): { body: MessageBody } | { missing: string } {
  const line = (): LineSpec | null => (d.line === 'river' ? { kind: 'river' } : d.hexes.length > 0 ? { kind: 'hexes', hexes: [...d.hexes] } : null);
  if (hasArea(d.kind) && !d.centre) return { missing: t().hotline_missing_centre() };
  const area = { centre: d.centre!, radius: d.radius };
  switch (d.kind) {
    case 'notify': return { body: { kind: 'notify', activity: d.activity, area, turn: turn + d.when } };
    case 'share_positions': case 'request_hold_fire': case 'request_withdrawal':
      return { body: { kind: d.kind, area, turns: d.turns } };
    case 'warn': return { body: { kind: 'warn', area, consequence: d.consequence, public: d.public } };
    case 'protest': return d.incident ? { body: { kind: 'protest', incident: d.incident } } : { missing: t().hotline_missing_incident() };
    case 'request_meeting': return { body: { kind: 'request_meeting' } };
    case 'propose_line': case 'counter': {
      const l = line();
      if (!l) return { missing: t().hotline_missing_line() };
      if (d.kind === 'propose_line') return { body: { kind: 'propose_line', line: l } };
      return d.to ? { body: { kind: 'counter', to: d.to, line: l } } : { missing: t().hotline_missing_proposal() };
    }
  }
}
