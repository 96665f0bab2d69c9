// The hotline panel offers an answer only where the engine would take it: a notice lapses after the
// turn it came and the next one, so it is no longer listed as awaiting an answer.
import { describe, expect, it } from 'vitest';
import { type GameView, type HotlineMessage, checkMessage } from '../../src/engine';
import { awaitingAnswer } from '../../src/ui/hotline/incoming';
import { builtinScenario } from '../../src/scenarios';

const scenario = builtinScenario('deir-ez-zor-2017')!;
const notice = (turn: number): HotlineMessage => ({
  id: 'H1', turn, at: '2017-09-09T08:00Z', from: 'coalition', to: 'russia', channel: 'air',
  body: { kind: 'notify', activity: 'strike', area: { centre: { q: 1, r: 20 }, radius: 1 }, turn }, status: 'info', answer: null,
});
const viewAt = (turn: number, m: HotlineMessage) => ({
  turn, phase: 'russia',
  crisis: { messages: [m], sentThisTurn: { coalition: 0, russia: 0 }, incidents: [], agreements: [] },
}) as unknown as GameView;

describe('messages awaiting an answer', () => {
  it('a notice is listed in its turn and the next, and the engine takes its acknowledgement then', () => {
    for (const turn of [3, 4]) {
      const view = viewAt(turn, notice(3));
      expect(awaitingAnswer(view, 'russia').map((m) => m.id)).toEqual(['H1']);
      expect(checkMessage(scenario, view, { kind: 'acknowledge', to: 'H1' })).toBeUndefined();
    }
  });

  it('a notice two turns old is not listed, as the engine refuses to acknowledge it', () => {
    const view = viewAt(5, notice(3));
    expect(awaitingAnswer(view, 'russia')).toEqual([]);
    expect(checkMessage(scenario, view, { kind: 'acknowledge', to: 'H1' })?.message).toMatch(/too old/);
  });
});
