// A hotline message's predicted-effect notes in the player's language, from each note's code and
// numbers (src/engine/predictNotes.ts keeps the English for the command line and the logs).
import type { NoteCode, NoteParams, PredictNote } from '../engine/core';
import { type Messages, t } from '../i18n/messages';

const turns = (count: number): string => t().common_turns({ count });

/** One wording per note code: a code without one is a type error here and a failing test. */
const NOTE: { readonly [C in NoteCode]: (m: Messages, p: NoteParams<C>) => string } = {
  notify_strike: (m, p) => m.hotline_note_notify_strike(p),
  notify_strike_astray: (m) => m.hotline_note_notify_strike_astray(),
  notify_ground: (m) => m.hotline_note_notify_ground(),
  line_river: (m) => m.hotline_note_line_river(),
  line_hexes: (m, p) => m.hotline_note_line_hexes(p),
  line_terms: (m, p) => m.hotline_note_line_terms(p),
  share_sees: (m, p) => m.hotline_note_share_sees({ duration: turns(p.turns) }),
  share_strikes: (m, p) => m.hotline_note_share_strikes(p),
  hold_fire_terms: (m, p) => m.hotline_note_hold_fire_terms({ ...p, duration: turns(p.turns) }),
  withdrawal_terms: (m, p) => m.hotline_note_withdrawal_terms({ ...p, duration: turns(p.turns) }),
  warn_window: (m, p) => m.hotline_note_warn_window({ ...p, duration: turns(p.turns) }),
  warn_public: (m) => m.hotline_note_warn_public(),
  warn_private: (m) => m.hotline_note_warn_private(),
  protest_answer: (m) => m.hotline_note_protest_answer(),
  protest_replies: (m, p) => m.hotline_note_protest_replies(p),
  meeting_terms: (m, p) => m.hotline_note_meeting_terms(p),
  accept_bound: (m) => m.hotline_note_accept_bound(),
  reject_lapses: (m) => m.hotline_note_reject_lapses(),
  counter_line: (m) => m.hotline_note_counter_line(),
  acknowledge_receipt: (m) => m.hotline_note_acknowledge_receipt(),
  acknowledge_responsibility: (m) => m.hotline_note_acknowledge_responsibility(),
  deny_honest: (m) => m.hotline_note_deny_honest(),
  deny_false_known: (m) => m.hotline_note_deny_false_known(),
  deny_false_chance: (m, p) => m.hotline_note_deny_false_chance(p),
  // The engine's English says "costs -10 more trust"; a translation words the loss itself.
  deny_exposure: (m, p) => m.hotline_note_deny_exposure({ trust: Math.abs(p.trust), escalation: p.escalation }),
};

/** A note's sentence in the current language. */
export function noteText(n: PredictNote): string {
  return (NOTE[n.code] as (m: Messages, p: PredictNote['params']) => string)(t(), n.params);
}

/** A prediction's notes as one text (a sentence may run across two notes). */
export const notesText = (notes: readonly PredictNote[]): string => notes.map(noteText).join(' ');
