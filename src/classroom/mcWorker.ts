// The Monte Carlo's Web Worker: runs the games off the page's thread and posts progress after each.
import type { SimSpec } from '../sim/summarise';
import { runMonteCarlo } from './monteCarlo';
import type { WorkerReply } from './mcProtocol';
import { loadRules } from '../match/rules';

const post = (m: WorkerReply): void => (self as unknown as { postMessage(m: WorkerReply): void }).postMessage(m);

self.addEventListener('message', (e: MessageEvent<SimSpec>) => void loadRules().then(() => {
  try {
    const { summary } = runMonteCarlo(e.data, (done) => post({ kind: 'progress', done, games: e.data.games }));
    post({ kind: 'done', summary });
  } catch (err) {
    post({ kind: 'error', message: (err as Error).message });
  }
}));
