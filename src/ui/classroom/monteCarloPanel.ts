// The class page's Monte Carlo: N AI-vs-AI games in a Web Worker (the page stays responsive), a
// progress bar, then the outcomes, the clash rate, the highest rungs and the means. The worker runs
// runMonteCarlo, the same games and summary as `npm run sim` for the same seed and N.
import { MAX_GAMES, POLICY_NAMES, type SimSpec, type SimSummary, type WorkerReply, specError } from '../../classroom/mcProtocol';
import { RUNGS } from '../../engine';
import { MAIN_SCENARIO_ID, SCENARIO_IDS, builtinScenario } from '../../scenarios';
import { scenarioOption } from '../../text/scenarioFacts';
import { CAMP_CSS } from '../../presenter/colours';
import { el } from '../dom';
import { barChart } from './barChart';

const RUNG_COLOURS = ['#7aa56a', '#c9b23c', '#e0923a', '#d86a3a', '#c23b3b', '#7d1010'];

function select(id: string, label: string, value: string): { field: HTMLElement; input: HTMLSelectElement } {
  const input = el('select', { id }, ...POLICY_NAMES.map((p) => el('option', { value: p, selected: p === value }, p)));
  return { input, field: el('div', { class: 'field' }, el('label', { for: id }, label), input) };
}

function number(id: string, label: string, value: number, min: number, max?: number): { field: HTMLElement; input: HTMLInputElement } {
  const input = el('input', { id, type: 'number', value: String(value), min: String(min), max: max === undefined ? undefined : String(max), step: '1', inputmode: 'numeric' });
  return { input, field: el('div', { class: 'field' }, el('label', { for: id }, label), input) };
}

function results(s: SimSummary): HTMLElement {
  const outcomes = barChart('Outcomes', [
    { label: 'Coalition wins', value: s.results.coalition, colour: CAMP_CSS.coalition },
    { label: 'Government wins', value: s.results.russia, colour: CAMP_CSS.russia },
    { label: 'Draws', value: s.results.draw, colour: '#888' },
    { label: 'Direct clashes', value: s.results.clash, colour: '#7d1010' },
  ], s.games, 'mc-outcomes');
  const rungs = barChart('Highest rung reached', RUNGS.map((r, i) => ({ label: r.name, value: s.maxRung[r.name] ?? 0, colour: RUNG_COLOURS[i]! })), s.games, 'mc-rungs');
  const f = (n: number, d = 2): string => n.toFixed(d);
  return el('div', { class: 'mc-results', 'data-testid': 'mc-results' },
    el('h3', {}, `Outcomes of ${s.games} games from seed ${s.seed}`), outcomes,
    el('h3', {}, 'Highest rung reached'), rungs,
    el('dl', { class: 'mc-stats' },
      el('dt', {}, 'Clash rate'), el('dd', { 'data-testid': 'mc-clash-rate' }, `${f(s.clashRate, 3)} (set off by the coalition ${s.clashBy.coalition}, by Russia ${s.clashBy.russia})`),
      el('dt', {}, 'Mean incidents'), el('dd', { 'data-testid': 'mc-incidents' }, f(s.meanIncidents)),
      el('dt', {}, 'Mean hotline messages'), el('dd', { 'data-testid': 'mc-messages' }, f(s.meanMessages, 1)),
      el('dt', {}, 'Mean VP'), el('dd', { 'data-testid': 'mc-points' }, `coalition ${f(s.meanPoints.coalition, 1)}, government ${f(s.meanPoints.russia, 1)}, IS ${f(s.meanPoints.is, 1)}`),
      el('dt', {}, 'Mean turns'), el('dd', {}, f(s.meanTurns, 1))),
    el('p', { class: 'hint' }, `The same as: npm run sim -- --scenario ${s.scenario} --games ${s.games} --seed ${s.seed} --coalition ${s.policies.coalition} --russia ${s.policies.russia} --is ${s.policies.is}`));
}

export interface MonteCarloHooks { summary: SimSummary | null; running: boolean }

export function monteCarloPanel(hooks: MonteCarloHooks): HTMLElement {
  const scenarioInput = el('select', { id: 'mc-scenario', 'data-testid': 'mc-scenario' },
    ...SCENARIO_IDS.map((id) => el('option', { value: id, selected: id === MAIN_SCENARIO_ID }, scenarioOption(builtinScenario(id)!))));
  const scenario = { input: scenarioInput, field: el('div', { class: 'field' }, el('label', { for: 'mc-scenario' }, 'Scenario'), scenarioInput) };
  const games = number('mc-games', 'Games (N)', 20, 1, MAX_GAMES);
  const seed = number('mc-seed', 'First seed', 1, 0);
  const coalition = select('mc-coalition', 'Coalition policy', 'ai:balanced');
  const russia = select('mc-russia', 'Russia policy', 'ai:balanced');
  const is = select('mc-is', 'IS policy', 'ai:balanced');
  const run = el('button', { type: 'button', class: 'primary', 'data-testid': 'mc-run' }, 'Run');
  const stop = el('button', { type: 'button', disabled: true, 'data-testid': 'mc-stop' }, 'Stop');
  const fill = el('div', { class: 'progress-fill' });
  const bar = el('div', { class: 'progress', role: 'progressbar', 'aria-label': 'Games played', 'aria-valuemin': '0', 'aria-valuemax': '1', 'aria-valuenow': '0', 'data-testid': 'mc-progress' }, fill);
  const status = el('p', { role: 'status', class: 'mc-status', 'data-testid': 'mc-status' });
  const out = el('div', {});
  let worker: Worker | null = null;

  const finish = (): void => {
    worker?.terminate();
    worker = null;
    hooks.running = false;
    run.disabled = false;
    stop.disabled = true;
  };
  const progress = (done: number, total: number): void => {
    bar.setAttribute('aria-valuemax', String(total));
    bar.setAttribute('aria-valuenow', String(done));
    bar.setAttribute('aria-valuetext', `${done} of ${total} games`);
    fill.style.width = `${total ? (100 * done) / total : 0}%`;
  };
  run.addEventListener('click', () => {
    const spec: SimSpec = {
      scenario: scenario.input.value, games: Number(games.input.value), seed: Number(seed.input.value),
      policies: { coalition: coalition.input.value, russia: russia.input.value, is: is.input.value },
    };
    const bad = specError(spec);
    if (bad) { status.textContent = bad; return; }
    out.replaceChildren();
    hooks.summary = null;
    hooks.running = true;
    run.disabled = true;
    stop.disabled = false;
    progress(0, spec.games);
    status.textContent = `Playing ${spec.games} games…`;
    const started = performance.now();
    worker = new Worker(new URL('../../classroom/mcWorker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (e: MessageEvent<WorkerReply>) => {
      const m = e.data;
      if (m.kind === 'progress') progress(m.done, m.games);
      else if (m.kind === 'error') { status.textContent = `The simulation stopped: ${m.message}`; finish(); }
      else {
        hooks.summary = m.summary;
        status.textContent = `Done: ${m.summary.games} games in ${((performance.now() - started) / 1000).toFixed(1)} s.`;
        out.replaceChildren(results(m.summary));
        finish();
      }
    });
    worker.addEventListener('error', (e) => { status.textContent = `The simulation failed: ${e.message}`; finish(); });
    worker.postMessage(spec);
  });
  stop.addEventListener('click', () => { status.textContent = 'Stopped.'; finish(); });

  return el('section', { class: 'review-section', id: 'monte-carlo', 'aria-labelledby': 'monte-carlo-h' },
    el('h2', { id: 'monte-carlo-h' }, 'Monte Carlo: AI against AI'),
    el('p', {}, 'Plays N games between AI policies, game i on seed S+i, as npm run sim does: the same seed and N give the same figures. Compare them with the class\'s games.'),
    el('div', { class: 'mc-form' }, scenario.field, games.field, seed.field, coalition.field, russia.field, is.field),
    el('div', { class: 'buttons' }, run, stop), bar, status, out);
}
