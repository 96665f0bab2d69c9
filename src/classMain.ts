// The class page (class.html): with a replay in the fragment (#replay=…), that game's after-action
// review; without one, the whole class: the groups' replay files compared in one table, and the
// Monte Carlo of AI games. Its own entry, so uPlot and the review code never load with the game.
import './ui/zodNoEval';
import './ui/review/review.css';
import type { ReviewReply, ReviewRequest } from './review/reviewWorker';
import type { Review } from './review/types';
import type { MonteCarloHooks } from './ui/classroom/monteCarloPanel';
import { el } from './ui/dom';
import { chooseLanguage } from './ui/language';
import { currentLocale, t } from './i18n/messages';
import { loadRules } from './match/rules';
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
  const lang = new URLSearchParams(location.search).get('lang');
  const q = lang ? `?lang=${encodeURIComponent(lang)}` : '';
  return el('nav', { class: 'class-nav no-print', 'aria-label': t().class_nav() },
    el('a', { href: `./index.html${q}` }, t().class_nav_game()), ' · ', el('a', { href: `./class.html${q}` }, t().class_nav_class()));
}

function showError(message: string): void {
  root.append(el('div', { role: 'alert', class: 'class-alert', 'data-testid': 'review-error' }, el('p', {}, message)));
}

/** Lets the page paint and answer between stages: each stage of a long review is a task of its own. */
const nextTask = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

async function reviewPage(): Promise<void> {
  document.title = `${t().review_title()} · ${document.title}`;
  const main = el('main', { id: 'review', class: 'review' });
  root.replaceChildren(nav(), main);
  const busy = el('p', { role: 'status', class: 'class-busy', 'data-testid': 'review-busy' }, t().review_busy());
  main.append(busy);
  // Unpacking, checking and building (the last two play the whole game again) are the worker's, so
  // the page stays responsive; it packs the replay for the key moments' links too.
  const worker = new Worker(new URL('./review/reviewWorker.ts', import.meta.url), { type: 'module' });
  const reply = new Promise<ReviewReply>((resolve, reject) => {
    worker.addEventListener('message', (e: MessageEvent<ReviewReply>) => { worker.terminate(); resolve(e.data); });
    worker.addEventListener('error', (e) => { worker.terminate(); reject(new Error(e.message)); });
  });
  worker.postMessage({ hash: location.hash, locale: currentLocale() } satisfies ReviewRequest);
  // Meanwhile the page's own code, a part per task (evaluating it all at once is long on a slow
  // machine): the rules (their data schemas are built as they load), the links, then the page.
  await nextTask();
  await import('./engine');
  await nextTask();
  await import('./ui/classroom/links');
  await nextTask();
  const page = await import('./ui/review/reviewPage');
  let answer: ReviewReply;
  try {
    answer = await reply;
  } catch (err) {
    busy.remove();
    return showError(t().review_build_failed({ error: (err as Error).message }));
  }
  busy.remove();
  if (answer.kind === 'bad') return showError(answer.message);
  const { review, replay, packed, scenario } = answer;
  try {
    await page.renderReview(main, scenario, replay, review, nextTask, packed);
    hooks.review = review;
  } catch (err) {
    showError(t().review_show_failed({ error: (err as Error).message }));
  }
}

async function classPage(): Promise<void> {
  const [{ ClassTable }, { monteCarloPanel }] = await Promise.all([import('./ui/classroom/classTable'), import('./ui/classroom/monteCarloPanel')]);
  const table = new ClassTable();
  hooks.groups = () => table.rows.length;
  root.replaceChildren(nav(), el('main', { class: 'review' },
    el('header', { class: 'review-header' }, el('h1', {}, t().class_title()),
      el('p', { class: 'subtitle' }, t().class_subtitle())),
    table.root, monteCarloPanel(mc)));
  document.addEventListener('dragover', (e) => { if (e.dataTransfer?.types.includes('Files')) e.preventDefault(); });
  document.addEventListener('drop', (e) => {
    if (!e.dataTransfer?.files.length) return;
    e.preventDefault();
    void table.add([...e.dataTransfer.files]);
  });
}

window.addEventListener('hashchange', () => location.reload());
addEventListener('load', () => void import('./pages/pwa').then((m) => m.registerServiceWorker()));
// The language first: every panel speaks it (src/ui/language.ts). The command rules with it: the
// reviews and the class's table replay games (src/match/rules.ts).
await Promise.all([chooseLanguage(), loadRules()]);
document.title = t().class_page_title();
if (new URLSearchParams(location.hash.replace(/^#/, '')).has('replay')) void reviewPage();
else void classPage();
