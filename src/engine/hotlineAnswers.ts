// What a message may be answered with, and when a notice lapses: what the hotline panel shows before any
// command, apart from the hotline's rules (hotline.ts), which load with the other command rules (issue 19).
import type { HotlineMessage, MessageKind } from './crisisTypes';

/** The answers each kind of message accepts. Notices, shares and warnings may be acknowledged. */
export const ANSWERS: Readonly<Partial<Record<MessageKind, readonly MessageKind[]>>> = {
  propose_line: ['accept', 'reject', 'counter'],
  counter: ['accept', 'reject', 'counter'],
  request_hold_fire: ['accept', 'reject'],
  request_withdrawal: ['accept', 'reject'],
  request_meeting: ['accept', 'reject'],
  protest: ['acknowledge', 'deny'],
  notify: ['acknowledge'],
  share_positions: ['acknowledge'],
  warn: ['acknowledge'],
};

/** A notice or share may be acknowledged in the turn it came and the next one; after that it lapses. */
export function tooOldToAcknowledge(m: HotlineMessage, turn: number): boolean {
  return m.status === 'info' && m.turn < turn - 1;
}
