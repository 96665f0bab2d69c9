// The result screen's "After-action review" button: opens the class page's review of this game in a
// new tab (the game stays as it is), with the whole replay in the link's fragment.
import type { Replay } from '../../replay/format';
import { reviewLink } from '../classroom/links';
import { el } from '../dom';
import { t } from '../../i18n/messages';

/** Adds the button to the result screen, once; `replay` is asked on click, so it is the final game. */
export function addResultReview(replay: () => Replay | null): void {
  const buttons = document.querySelector('#result-panel .buttons');
  if (!buttons || buttons.querySelector('[data-testid="result-review"]')) return;
  if (!replay()) return;
  const b = el('button', { type: 'button', 'data-testid': 'result-review' }, t().review_title());
  b.addEventListener('click', () => {
    const r = replay();
    if (r) window.open(reviewLink(r), '_blank', 'noopener');
  });
  buttons.prepend(b);
}
