// Links between the pages: a review on the class page, the replay viewer on the game page. Both carry
// the whole replay in the fragment (#replay=…), so no server ever sees a game.
import type { Replay } from '../../replay/format';
import { packedFragment, replayFragment } from '../../replay/link';

/** A page beside the current one (the build serves both pages from one folder). */
function sibling(page: string): string {
  const url = new URL(page, location.href);
  // The language the page was opened in goes along (?lang=); nothing else of the address.
  const lang = new URLSearchParams(location.search).get('lang');
  url.search = lang ? `?lang=${encodeURIComponent(lang)}` : '';
  url.hash = '';
  return url.href;
}

/** The class page's review of a replay. */
export const reviewLink = (replay: Replay): string => `${sibling('class.html')}${replayFragment(replay)}`;

/** The game page's replay viewer, opened at `turn`. */
export const viewerLink = (replay: Replay, turn?: number): string => `${sibling('index.html')}${replayFragment(replay, turn)}`;

/** The same for a replay packed already (encodeReplay), so many links cost one packing. */
export const packedViewerLink = (packed: string, turn?: number): string => `${sibling('index.html')}${packedFragment(packed, turn)}`;
