// Every field of every command type made wrong in turn: each is refused with a typed error, and the
// state's hash is the same as before.
import { describe, expect, it } from 'vitest';
import { applyCommand, hashState } from '../../src/engine';
import type { ErrorCode } from '../../src/engine/types';
import { at, buildGame } from './builder';

const { scenario, state } = buildGame({
  terrain: ['ddddrddd', 'ddddrddd', 'ddddrddd', 'ddddrddd', 'ddddrddd', 'ddddrddd'],
  units: [
    { id: 'inf', camp: 'russia', at: [1, 1] },
    { id: 'eng', camp: 'russia', type: 'eng', at: [3, 2] },
    { id: 'gun', camp: 'russia', type: 'arty', at: [0, 4] },
    { id: 'isnear', camp: 'is', at: [2, 1] },
    { id: 'us', camp: 'coalition', at: [7, 5] },
  ],
  sorties: 1,
});
const before = hashState(state);
const hex = (c: number, r: number) => at(c, r);

type Case = [string, unknown, ErrorCode, string?];
const cases: Case[] = [
  // shape
  ['not an object', 'move', 'malformed_command'],
  ['null', null, 'malformed_command'],
  ['an array', [], 'malformed_command'],
  ['no type', { unit: 'inf' }, 'malformed_command', 'type'],
  ['unknown type', { type: 'teleport' }, 'malformed_command', 'type'],
  ['type not a string', { type: 7 }, 'malformed_command', 'type'],
  ['extra field', { type: 'end_phase', camp: 'russia' }, 'malformed_command', 'camp'],
  // move
  ['move: unit missing', { type: 'move', to: hex(1, 2) }, 'malformed_command', 'unit'],
  ['move: unit not a string', { type: 'move', unit: 3, to: hex(1, 2) }, 'malformed_command', 'unit'],
  ['move: unit empty', { type: 'move', unit: '', to: hex(1, 2) }, 'malformed_command', 'unit'],
  ['move: unit id too long', { type: 'move', unit: 'x'.repeat(65), to: hex(1, 2) }, 'malformed_command', 'unit'],
  ['move: unknown unit', { type: 'move', unit: 'ghost', to: hex(1, 2) }, 'unknown_unit', 'unit'],
  ['move: other camp\'s unit', { type: 'move', unit: 'us', to: hex(6, 5) }, 'not_your_unit', 'unit'],
  ['move: to missing', { type: 'move', unit: 'inf' }, 'malformed_command', 'to'],
  ['move: to not an object', { type: 'move', unit: 'inf', to: '1,2' }, 'malformed_command', 'to'],
  ['move: to.q fractional', { type: 'move', unit: 'inf', to: { q: 0.5, r: 1 } }, 'malformed_command', 'to.q'],
  ['move: to.r missing', { type: 'move', unit: 'inf', to: { q: 1 } }, 'malformed_command', 'to.r'],
  ['move: to.q huge', { type: 'move', unit: 'inf', to: { q: 1e9, r: 1 } }, 'malformed_command', 'to.q'],
  ['move: to.r NaN', { type: 'move', unit: 'inf', to: { q: 1, r: Number.NaN } }, 'malformed_command', 'to.r'],
  ['move: to has an extra key', { type: 'move', unit: 'inf', to: { q: 1, r: 1, s: -2 } }, 'malformed_command', 'to.s'],
  ['move: to off the map', { type: 'move', unit: 'inf', to: { q: 40, r: 40 } }, 'off_map', 'to'],
  ['move: to out of reach', { type: 'move', unit: 'inf', to: hex(7, 1) }, 'unreachable', 'to'],
  ['move: onto the river', { type: 'move', unit: 'eng', to: hex(4, 2) }, 'unreachable', 'to'],
  // attack
  ['attack: unit missing', { type: 'attack', target: hex(2, 1) }, 'malformed_command', 'unit'],
  ['attack: unknown unit', { type: 'attack', unit: 'ghost', target: hex(2, 1) }, 'unknown_unit', 'unit'],
  ['attack: other camp\'s unit', { type: 'attack', unit: 'us', target: hex(2, 1) }, 'not_your_unit', 'unit'],
  ['attack: target missing', { type: 'attack', unit: 'inf' }, 'malformed_command', 'target'],
  ['attack: target.q a string', { type: 'attack', unit: 'inf', target: { q: '2', r: 1 } }, 'malformed_command', 'target.q'],
  ['attack: target off the map', { type: 'attack', unit: 'inf', target: { q: -30, r: 1 } }, 'off_map', 'target'],
  ['attack: target out of range', { type: 'attack', unit: 'inf', target: hex(7, 5) }, 'out_of_range', 'target'],
  ['attack: target empty', { type: 'attack', unit: 'inf', target: hex(1, 2) }, 'no_target', 'target'],
  ['attack: gun fires at an unseen hex', { type: 'attack', unit: 'gun', target: hex(2, 4) }, 'not_visible', 'target'],
  // air strike
  ['air: target missing', { type: 'air_strike' }, 'malformed_command', 'target'],
  ['air: target.r fractional', { type: 'air_strike', target: { q: 1, r: 0.1 } }, 'malformed_command', 'target.r'],
  ['air: target off the map', { type: 'air_strike', target: { q: 99, r: 0 } }, 'off_map', 'target'],
  ['air: target unseen', { type: 'air_strike', target: hex(7, 5) }, 'not_visible', 'target'],
  ['air: target holds own units only', { type: 'air_strike', target: hex(1, 1) }, 'no_target', 'target'],
  ['air: extra field', { type: 'air_strike', target: hex(2, 1), unit: 'inf' }, 'malformed_command', 'unit'],
  // pontoon
  ['pontoon: unit missing', { type: 'build_pontoon', at: hex(4, 2) }, 'malformed_command', 'unit'],
  ['pontoon: not an engineer', { type: 'build_pontoon', unit: 'inf', at: hex(4, 2) }, 'cannot_build', 'unit'],
  ['pontoon: unknown unit', { type: 'build_pontoon', unit: 'ghost', at: hex(4, 2) }, 'unknown_unit', 'unit'],
  ['pontoon: at missing', { type: 'build_pontoon', unit: 'eng' }, 'malformed_command', 'at'],
  ['pontoon: at off the map', { type: 'build_pontoon', unit: 'eng', at: { q: 50, r: 50 } }, 'off_map', 'at'],
  ['pontoon: at not adjacent', { type: 'build_pontoon', unit: 'eng', at: hex(4, 5) }, 'cannot_build', 'at'],
  ['pontoon: at not river', { type: 'build_pontoon', unit: 'eng', at: hex(2, 2) }, 'cannot_build', 'at'],
  // orders to proxies
  ['order: unit missing', { type: 'order', order: 'restrain' }, 'malformed_command', 'unit'],
  ['order: order missing', { type: 'order', unit: 'inf' }, 'malformed_command', 'order'],
  ['order: unknown order', { type: 'order', unit: 'inf', order: 'retreat' }, 'malformed_command', 'order'],
  ['order: order not a string', { type: 'order', unit: 'inf', order: true }, 'malformed_command', 'order'],
  ['order: extra field', { type: 'order', unit: 'inf', order: 'restrain', turns: 2 }, 'malformed_command', 'turns'],
  ['order: unknown unit', { type: 'order', unit: 'ghost', order: 'restrain' }, 'unknown_unit', 'unit'],
  ['order: other camp\'s unit', { type: 'order', unit: 'us', order: 'restrain' }, 'not_your_unit', 'unit'],
  ['order: IS unit', { type: 'order', unit: 'isnear', order: 'restrain' }, 'not_your_unit', 'unit'],
  ['order: great-power personnel are no proxy', { type: 'order', unit: 'gun', order: 'restrain' }, 'invalid_order', 'unit'],
  ['order: freeing a proxy that is free', { type: 'order', unit: 'inf', order: 'free' }, 'invalid_order', 'order'],
  // end phase
  ['end_phase: extra field', { type: 'end_phase', turn: 2 }, 'malformed_command', 'turn'],
];

describe('illegal commands are refused with a typed error and no change', () => {
  it.each(cases)('%s', (_name, command, code, field) => {
    const r = applyCommand(scenario, state, command);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    if (field !== undefined) expect(r.error.field).toBe(field);
    expect(r.error.message.length).toBeGreaterThan(5);
    expect(hashState(state)).toBe(before);
  });

  it('the same commands made right are accepted (the cases above fail for the reason named)', () => {
    for (const good of [
      { type: 'move', unit: 'inf', to: hex(1, 2) },
      { type: 'attack', unit: 'inf', target: hex(2, 1) },
      { type: 'air_strike', target: hex(2, 1) },
      { type: 'build_pontoon', unit: 'eng', at: hex(4, 2) },
      { type: 'order', unit: 'inf', order: 'restrain' },
      { type: 'end_phase' },
    ]) expect(applyCommand(scenario, state, good).ok, JSON.stringify(good)).toBe(true);
  });

  it('a unit that has acted cannot act again, and a finished game refuses everything', () => {
    const r = applyCommand(scenario, state, { type: 'attack', unit: 'inf', target: hex(2, 1) });
    if (!r.ok) throw new Error(r.error.message);
    const again = applyCommand(scenario, r.state, { type: 'attack', unit: 'inf', target: hex(2, 1) });
    expect(again.ok || again.error.code).toBe('already_acted');
    const over = { ...state, status: 'over' as const };
    const done = applyCommand(scenario, over, { type: 'end_phase' });
    expect(done.ok || done.error.code).toBe('game_over');
  });
});
