// The class page (class.html): with a replay in the fragment (#replay=…), that game's after-action
// review; without one, the whole class: the groups' replay files compared in one table, and the
// Monte Carlo of AI games. Its own entry, so uPlot and the review code never load with the game.
import './ui/zodNoEval';
import './ui/review/review.css';
import { readFragment } from './replay/link';
import type { ReviewReply, ReviewRequest } from './review/reviewWorker';
import type { Review } from './review/types';
import { builtinScenario } from './scenarios';
import { ClassTable } from './ui/classroom/classTable';
import { type MonteCarloHooks, monteCarloPanel } from './ui/classroom/monteCarloPanel';
import { el } from './ui/dom';
import { renderReview } from './ui/review/reviewPage';
import { TEST_HOOKS } from './testHooks';

/** What the end-to-end tests read (window.__classroom, in dev and test builds only). */
export interface ClassHooks { review: Review | null; groups: () => number; mc: MonteCarloHooks }

declare global {
  interface Window { __classroom?: ClassHooks }
}

const root = document.getElementById('class-root')!;
const mc: MonteCarloHooks = { summary: null, running: false };
const hooks: ClassHooks = { review: null, groups: () => 0, mc };
if (TEST_HOOKS) window.__classroom = hooks;

function nav(): HTMLElement {
  return el('nav', { class: 'class-nav no-print', 'aria-label': 'Pages' },
    el('a', { href: './index.html' }, 'The game'), ' · ', el('a', { href: './class.html' }, 'The whole class'));
}

function showError(message: string): void {
  root.append(el('div', { role: 'alert', class: 'class-alert', 'data-testid': 'review-error' }, el('p', {}, message)));
}

function reviewPage(): boolean {
  const r = readFragment(location.hash, builtinScenario);
  if (r.kind === 'none') return false;
  document.title = `After-action review · ${document.title}`;
  const main = el('main', { id: 'review', class: 'review' });
  root.replaceChildren(nav(), main);
  if (r.kind === 'bad') { showError(r.message); return true; }
  if (!r.parsed.ok) { showError(r.parsed.message); return true; }
  const { scenario, replay } = r.parsed;
  // Checking and building play the whole game again: in a worker, so the page stays responsive.
  const busy = el('p', { role: 'status', class: 'class-busy', 'data-testid': 'review-busy' }, 'Building the review…');
  main.append(busy);
  const worker = new Worker(new URL('./review/reviewWorker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('message', (e: MessageEvent<ReviewReply>) => {
    worker.terminate();
    busy.remove();
    if (e.data.kind === 'bad') return showError(e.data.message);
    hooks.review = e.data.review;
    try {
      renderReview(main, scenario, replay, e.data.review);
    } catch (err) {
      showError(`The review could not be shown: ${(err as Error).message}`);
    }
  });
  worker.addEventListener('error', (e) => { busy.remove(); showError(`The review could not be built: ${e.message}`); });
  worker.postMessage({ scenario: scenario.id, replay } satisfies ReviewRequest);
  return true;
}

function classPage(): void {
  const table = new ClassTable();
  hooks.groups = () => table.rows.length;
  root.replaceChildren(nav(), el('main', { class: 'review' },
    el('header', { class: 'review-header' }, el('h1', {}, 'The whole class'),
      el('p', { class: 'subtitle' }, 'Compare the groups\' games, open each one\'s after-action review, and set them beside many AI games.')),
    table.root, monteCarloPanel(mc)));
  document.addEventListener('dragover', (e) => { if (e.dataTransfer?.types.includes('Files')) e.preventDefault(); });
  document.addEventListener('drop', (e) => {
    if (!e.dataTransfer?.files.length) return;
    e.preventDefault();
    void table.add([...e.dataTransfer.files]);
  });
}

window.addEventListener('hashchange', () => location.reload());
if (!reviewPage()) classPage();
