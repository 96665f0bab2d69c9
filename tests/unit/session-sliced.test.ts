// The browser's AI turn in slices between frames plays the same game as the synchronous one.
import { describe, expect, it } from 'vitest';
import { GameSession } from '../../src/presenter/session';
import { builtinScenario } from '../../src/scenarios';

const scenario = builtinScenario('deir-ez-zor-2017')!;

describe('AI turns in slices', () => {
  it.each(['coalition', 'russia'] as const)('playing %s, the sliced AI round gives the same states and events as the synchronous one', async (camp) => {
    const plain = new GameSession(scenario, camp, 'sliced');
    const sliced = new GameSession(scenario, camp, 'sliced');
    plain.start();
    sliced.start();
    let pauses = 0;
    for (let turn = 0; turn < 4; turn++) {
      const a = plain.endTurn();
      // A zero budget yields after every AI command: the most slices there can be.
      const b = await sliced.endTurnSliced(0, async () => { pauses++; expect(sliced.isPlayersPhase).toBe(false); });
      expect(b).toEqual(a);
      expect(sliced.hash()).toBe(plain.hash());
    }
    expect(pauses).toBeGreaterThan(20);
    expect(sliced.isPlayersPhase).toBe(true);
  }, 30_000);
});
