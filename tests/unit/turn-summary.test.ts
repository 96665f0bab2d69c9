// The turn summary tells only what the player's camp may see of the other camps' phases: built from
// the events the session hands the player, over real AI rounds, it names no unit the player never
// saw and places no move where the player could not see.
import { describe, expect, it } from 'vitest';
import { type Command, type GameEvent, type Power, hexKey } from '../../src/engine';
import { GameSession } from '../../src/presenter/session';
import { makePolicies } from '../../src/sim/play';
import { summariseRound } from '../../src/text/turnSummary';
import { scenario } from './replayFixtures';

interface Round { events: GameEvent[]; visible: Set<string> }

/** Plays `camp` with the balanced AI; each end of its phase, the events it was told and the hexes it saw around them. */
function rounds(camp: Power, seed: string, turns: number): { session: GameSession; rounds: Round[] } {
  const session = new GameSession(scenario, camp, seed);
  const player = makePolicies({ coalition: 'ai:balanced', russia: 'ai:balanced', is: 'ai:balanced' }, seed)[camp];
  const out: Round[] = [];
  session.start();
  while (session.status === 'playing' && session.view().turn <= turns) {
    const command: Command = player.next(scenario, session.view());
    const before = session.view().visible;
    const r = session.apply(command);
    if (!r.ok) { player.refused?.(command); continue; }
    if (command.type === 'end_phase') out.push({ events: r.events, visible: new Set([...before, ...session.view().visible]) });
  }
  return { session, rounds: out };
}

describe('the turn summary keeps to the fog', () => {
  for (const camp of ['coalition', 'russia'] as const) {
    it(`${camp}: no hidden unit named, no move placed out of sight`, () => {
      const { session, rounds: played } = rounds(camp, `summary-${camp}`, 5);
      const ctx = {
        scenario, camp,
        unitName: (id: string) => session.unitName(id), knowsUnit: (id: string) => session.knowsUnit(id),
        incidentAt: (id: string) => session.view().crisis.incidents.find((i) => i.id === id)?.hex,
      };
      const truth = session.snapshot().state.units;
      const neverSeen = truth.filter((u) => u.camp !== camp && !session.knowsUnit(u.id)).map((u) => u.name);
      expect(neverSeen.length, 'the game keeps some units hidden from the player').toBeGreaterThan(0);
      let moves = 0;
      for (const round of played) {
        const summary = summariseRound(round.events, camp, ctx);
        moves += summary.moves;
        for (const item of summary.items) {
          for (const name of neverSeen) expect(item.text, 'a unit the player never saw').not.toContain(name);
          if (item.kind === 'move' && item.hex) expect(round.visible.has(hexKey(item.hex)), item.text).toBe(true);
        }
        // The player's own moves are not in the summary of the other camps.
        expect(summary.items.filter((i) => i.kind === 'move').length).toBe(round.events.filter((e) => e.type === 'unit_moved' && e.camp !== camp).length);
      }
      expect(moves, 'the player saw some of the other camps move').toBeGreaterThan(0);
    });
  }

  it('says so when nothing of the other camps was seen, and counts moves, attacks and strikes', () => {
    const ctx = { scenario, camp: 'coalition' as const, unitName: (id: string) => id };
    expect(summariseRound([], 'coalition', ctx).headline).toBe('You saw no move or fire of the other camps.');
    const hex = scenario.map.hexes[0]!;
    const events: GameEvent[] = [
      { type: 'unit_moved', unit: 'a', camp: 'is', path: [hex] },
      { type: 'unit_moved', unit: 'b', camp: 'coalition', path: [hex] },
      { type: 'combat', kind: 'air', camp: 'russia', attacker: null, target: hex, defenders: [], attack: 1, defence: 1, odds: '1:1', roll: 3, result: 'NE', attackerLoss: 0, defenderLoss: 0 },
    ];
    const s = summariseRound(events, 'coalition', ctx);
    expect([s.moves, s.attacks, s.strikes]).toEqual([1, 0, 1]);
    expect(s.headline).toBe('You saw 1 move and 1 strike or shelling of the other camps.');
    expect(s.items.every((i) => i.hex && hexKey(i.hex) === hexKey(hex))).toBe(true);
  });
});
