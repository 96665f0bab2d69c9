// The after-action review's Web Worker: unpacks the link's replay, checks it and builds the review off
// the page's thread (unpacking, checking and building each held a slow machine's page for long; the
// last two play the whole game again). It also packs the replay once for the key moments' links.
import type { Scenario } from '../engine';
import type { Replay } from '../replay/format';
import { encodeReplay, readFragment } from '../replay/link';
import { verifyReplay } from '../replay/verify';
import { builtinScenario } from '../scenarios';
import { buildReview } from './build';
import { loadScenarioText } from '../text/scenarioText';
import type { Review } from './types';
import { BASE_LOCALE, type Locale, isLocale, t, useLocale } from '../i18n/messages';
import { replayErrorText } from '../text/replayErrorText';
import { verifyErrorText } from '../text/verifyErrorText';
import { loadRules } from '../match/rules';

/** The page's location hash (#replay=…), and the page's language (the worker loads its messages itself): the review's sentences are written in it. */
export interface ReviewRequest { hash: string; locale: Locale }
/**
 * `packed` is the replay as a link carries it (encodeReplay): the page's links reuse it. `scenario` is
 * the scenario's data (names, dates), all the page needs: loading the scenario costs the page long.
 */
export type ReviewReply = { kind: 'done'; review: Review; replay: Replay; packed: string; scenario: Pick<Scenario, 'data'> } | { kind: 'bad'; message: string };

// ICU's locale data is loaded once per process, on its first use: here, off the page's thread, rather
// than in the page's first Intl object (uPlot's number format), which held a slow machine's page long.
new Intl.NumberFormat(navigator.language).format(1);

const post = (m: ReviewReply): void => (self as unknown as { postMessage(m: ReviewReply): void }).postMessage(m);

self.addEventListener('message', (e: MessageEvent<ReviewRequest>) => void answer(e.data));

async function answer(request: ReviewRequest): Promise<void> {
  await Promise.all([useLocale(isLocale(request.locale) ? request.locale : BASE_LOCALE), loadRules()]);
  const r = readFragment(request.hash, builtinScenario);
  if (r.kind === 'none') return post({ kind: 'bad', message: t().review_no_replay() });
  if (r.kind === 'bad') return post({ kind: 'bad', message: replayErrorText(r) });
  if (!r.parsed.ok) return post({ kind: 'bad', message: replayErrorText(r.parsed) });
  const { scenario, replay } = r.parsed;
  const v = verifyReplay(scenario, replay);
  if (!v.ok) return post({ kind: 'bad', message: t().review_no_playback({ error: verifyErrorText(v) }) });
  await loadScenarioText(scenario.id);
  try {
    post({ kind: 'done', review: buildReview(scenario, replay), replay, packed: encodeReplay(replay), scenario: { data: scenario.data } });
  } catch (err) {
    post({ kind: 'bad', message: t().review_build_failed({ error: (err as Error).message }) });
  }
}
