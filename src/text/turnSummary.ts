// The turn summary: what the player saw of the other camps' phases, in a few lines, each with the
// place it happened. Built only from the events the player was handed (eventsSeenBy has already cut
// them to what its camp may know), so it can never tell more than the log does.
import type { Camp, GameEvent, Hex } from '../engine/core';
import { type EventContext, describeEvent } from './eventText';
import { type PlaceContext, eventHex } from './eventPlace';
import { t } from '../i18n/messages';
import { formatList } from '../i18n/format';

export type SummaryKind = 'move' | 'attack' | 'strike' | 'loss' | 'capture' | 'crisis' | 'call' | 'inject';

export interface SummaryItem { kind: SummaryKind; text: string; hex?: Hex }

export interface TurnSummary {
  /** One sentence: how many moves, attacks and strikes were seen. */
  headline: string;
  items: SummaryItem[];
  moves: number;
  attacks: number;
  strikes: number;
}

function kindOf(e: GameEvent, camp: Camp): SummaryKind | null {
  switch (e.type) {
    case 'unit_moved': return e.camp !== camp ? 'move' : null;
    case 'combat': return e.camp === camp ? null : e.kind === 'air' || e.kind === 'fire' ? 'strike' : 'attack';
    case 'unit_hit': case 'unit_destroyed': return e.camp === camp ? 'loss' : null;
    case 'objective_captured': return e.camp !== camp ? 'capture' : null;
    case 'incident': case 'escalation_changed': case 'agreement_violated': return 'crisis';
    case 'message_sent': return e.message.to === camp ? 'call' : null;
    case 'inject_fired': return 'inject';
    default: return null;
  }
}

/** The summary of one round of other camps' phases, from the events `camp` was handed. */
export function summariseRound(events: readonly GameEvent[], camp: Camp, ctx: EventContext & PlaceContext): TurnSummary {
  const items: SummaryItem[] = [];
  for (const e of events) {
    const kind = kindOf(e, camp);
    if (!kind) continue;
    const text = describeEvent(e, ctx);
    if (!text) continue;
    const hex = eventHex(e, ctx);
    items.push(hex ? { kind, text, hex } : { kind, text });
  }
  const count = (k: SummaryKind): number => items.filter((i) => i.kind === k).length;
  const moves = count('move'), attacks = count('attack'), strikes = count('strike');
  const m = t();
  const seen = [moves && m.summary_moves({ count: moves }), attacks && m.summary_attacks({ count: attacks }), strikes && m.summary_strikes({ count: strikes })]
    .filter((s): s is string => typeof s === 'string');
  const headline = seen.length === 0 ? m.summary_seen_nothing() : m.summary_seen({ list: formatList(seen) });
  return { headline, items, moves, attacks, strikes };
}
