// Messages from the Monte Carlo worker to the class page.
import type { SimSummary } from '../sim/summarise';

export type WorkerReply =
  | { kind: 'progress'; done: number; games: number }
  | { kind: 'done'; summary: SimSummary }
  | { kind: 'error'; message: string };
