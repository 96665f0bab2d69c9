// The after-action review's Web Worker: checks the replay and builds the review off the page's thread
// (both play the whole game again, which froze a slow machine's page for seconds).
import type { Replay } from '../replay/format';
import { verifyReplay } from '../replay/verify';
import { builtinScenario } from '../scenarios';
import { buildReview } from './build';
import type { Review } from './types';

export interface ReviewRequest { scenario: string; replay: Replay }
export type ReviewReply = { kind: 'done'; review: Review } | { kind: 'bad'; message: string };

const post = (m: ReviewReply): void => (self as unknown as { postMessage(m: ReviewReply): void }).postMessage(m);

self.addEventListener('message', (e: MessageEvent<ReviewRequest>) => {
  const scenario = builtinScenario(e.data.scenario);
  if (!scenario) return post({ kind: 'bad', message: `Scenario "${e.data.scenario}" is not in this build.` });
  const v = verifyReplay(scenario, e.data.replay);
  if (!v.ok) return post({ kind: 'bad', message: `The replay does not play back: ${v.message}` });
  try {
    post({ kind: 'done', review: buildReview(scenario, e.data.replay) });
  } catch (err) {
    post({ kind: 'bad', message: `The review could not be built: ${(err as Error).message}` });
  }
});
