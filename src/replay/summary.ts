// What a verified replay amounts to: the figures `npm run replay` prints and the class table compares.
import { type GameState, RUNGS, hashState } from '../engine';

export interface ReplaySummary {
  outcome: string;
  winner: string | null;
  turns: number;
  maxRung: string;
  incidents: number;
  messages: number;
  commands: number;
  finalHash: string;
}

export function summarize(state: GameState, commands: number): ReplaySummary {
  const r = state.result;
  const outcome = !r ? `in progress (turn ${state.turn}, ${state.phase})`
    : r.reason === 'direct_clash' ? `direct clash, set off by ${r.clashBy ?? 'nobody'}`
    : r.winner === 'draw' ? 'draw' : `${r.winner} wins`;
  return {
    outcome, winner: r?.winner ?? null, turns: state.turn,
    maxRung: RUNGS[state.crisis.escalation.peak]!.name,
    incidents: state.crisis.incidents.length, messages: state.crisis.messages.length,
    commands, finalHash: hashState(state),
  };
}
