// The class page (class.html): with a replay in the fragment (#replay=…), that game's after-action
// review; without one, the whole class: the groups' replay files compared in one table, and the
// Monte Carlo of AI games. Its own entry, so uPlot and the review code never load with the game.
import './ui/zodNoEval';
import './ui/review/review.css';
import type { ReviewReply, ReviewRequest } from './review/reviewWorker';
import type { Review } from './review/types';
import type { MonteCarloHooks } from './ui/classroom/monteCarloPanel';
import { el } from './ui/dom';
import { TEST_HOOKS } from './pages/testHooks';

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

/** Lets the page paint and answer between stages: each stage of a long review is a task of its own. */
const nextTask = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

async function reviewPage(): Promise<void> {
  document.title = `After-action review · ${document.title}`;
  const main = el('main', { id: 'review', class: 'review' });
  root.replaceChildren(nav(), main);
  const busy = el('p', { role: 'status', class: 'class-busy', 'data-testid': 'review-busy' }, 'Building the review…');
  main.append(busy);
  // The code (imported here, not up front: evaluating it all is long), the scenario and the link's
  // unpacking each take a slow machine's main thread long: each in a task of its own.
  await nextTask();
  await import('./engine');
  await nextTask();
  const { MAIN_SCENARIO_ID, builtinScenario } = await import('./scenarios');
  await nextTask();
  builtinScenario(MAIN_SCENARIO_ID);
  await nextTask();
  const { readFragment } = await import('./replay/link');
  await nextTask();
  const r = readFragment(location.hash, builtinScenario);
  if (r.kind === 'none') return;
  if (r.kind === 'bad') { busy.remove(); return showError(r.message); }
  if (!r.parsed.ok) { busy.remove(); return showError(r.parsed.message); }
  const { scenario, replay } = r.parsed;
  // Checking and building play the whole game again: in a worker, so the page stays responsive.
  // The page's code (uPlot and all) loads while the worker builds the review.
  const page = import('./ui/review/reviewPage');
  const worker = new Worker(new URL('./review/reviewWorker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('message', (e: MessageEvent<ReviewReply>) => {
    worker.terminate();
    busy.remove();
    if (e.data.kind === 'bad') return showError(e.data.message);
    const review = e.data.review;
    page.then(({ renderReview }) => renderReview(main, scenario, replay, review, nextTask)).then(() => { hooks.review = review; },
      (err: unknown) => showError(`The review could not be shown: ${(err as Error).message}`));
  });
  worker.addEventListener('error', (e) => { busy.remove(); showError(`The review could not be built: ${e.message}`); });
  worker.postMessage({ scenario: scenario.id, replay } satisfies ReviewRequest);
}

async function classPage(): Promise<void> {
  const [{ ClassTable }, { monteCarloPanel }] = await Promise.all([import('./ui/classroom/classTable'), import('./ui/classroom/monteCarloPanel')]);
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
if (new URLSearchParams(location.hash.replace(/^#/, '')).has('replay')) void reviewPage();
else void classPage();
