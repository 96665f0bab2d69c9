// The class page's Monte Carlo: N AI-vs-AI games in a Web Worker (the page stays responsive), a
// progress bar, then the outcomes, the clash rate, the highest rungs and the means. The worker runs
// runMonteCarlo, the same games and summary as `npm run sim` for the same seed and N.
import { MAX_GAMES, POLICY_NAMES, type SimSpec, type SimSummary, type WorkerReply, specError } from '../../classroom/mcProtocol';
import { RUNGS } from '../../engine';
import { formatNumber } from '../../i18n/format';
import { t } from '../../i18n/messages';
import { rungName, scenarioOption } from '../../text/localNames';
import { policyName } from '../../text/policyName';
import { scenarioTitle } from '../../text/scenarioFacts';
import { MAIN_SCENARIO_ID, SCENARIO_IDS, builtinScenario } from '../../scenarios';
import { CAMP_CSS } from '../../presenter/colours';
import { el } from '../dom';
import { barChart } from './barChart';

const RUNG_COLOURS = ['#7aa56a', '#c9b23c', '#e0923a', '#d86a3a', '#c23b3b', '#7d1010'];

function select(id: string, label: string, value: string): { field: HTMLElement; input: HTMLSelectElement } {
  const input = el('select', { id }, ...POLICY_NAMES.map((p) => el('option', { value: p, selected: p === value }, policyName(p))));
  return { input, field: el('div', { class: 'field' }, el('label', { for: id }, label), input) };
}

function number(id: string, label: string, value: number, min: number, max?: number): { field: HTMLElement; input: HTMLInputElement } {
  const input = el('input', { id, type: 'number', value: String(value), min: String(min), max: max === undefined ? undefined : String(max), step: '1', inputmode: 'numeric' });
  return { input, field: el('div', { class: 'field' }, el('label', { for: id }, label), input) };
}

function results(s: SimSummary): HTMLElement {
  const outcomes = barChart(t().class_mc_outcomes(), [
    { label: t().class_mc_coalition_wins(), value: s.results.coalition, colour: CAMP_CSS.coalition },
    { label: t().class_mc_government_wins(), value: s.results.russia, colour: CAMP_CSS.russia },
    { label: t().class_mc_draws(), value: s.results.draw, colour: '#888' },
    { label: t().class_mc_clashes(), value: s.results.clash, colour: '#7d1010' },
  ], s.games, 'mc-outcomes');
  const rungs = barChart(t().class_mc_highest_rung(), RUNGS.map((r, i) => ({ label: rungName(i), value: s.maxRung[r.name] ?? 0, colour: RUNG_COLOURS[i]! })), s.games, 'mc-rungs');
  const f = (n: number, d = 2): string => formatNumber(n, { minimumFractionDigits: d, maximumFractionDigits: d, useGrouping: false });
  return el('div', { class: 'mc-results', 'data-testid': 'mc-results' },
    el('h3', {}, t().class_mc_outcomes_of({ games: s.games, seed: s.seed })), outcomes,
    el('h3', {}, t().class_mc_highest_rung()), rungs,
    el('dl', { class: 'mc-stats' },
      el('dt', {}, t().class_mc_clash_rate()), el('dd', { 'data-testid': 'mc-clash-rate' }, t().class_mc_clash_by({ rate: f(s.clashRate, 3), coalition: s.clashBy.coalition, russia: s.clashBy.russia })),
      el('dt', {}, t().class_mc_mean_incidents()), el('dd', { 'data-testid': 'mc-incidents' }, f(s.meanIncidents)),
      el('dt', {}, t().class_mc_mean_messages()), el('dd', { 'data-testid': 'mc-messages' }, f(s.meanMessages, 1)),
      el('dt', {}, t().class_mc_mean_vp()), el('dd', { 'data-testid': 'mc-points' }, t().class_mc_mean_vp_values({ coalition: f(s.meanPoints.coalition, 1), government: f(s.meanPoints.russia, 1), is: f(s.meanPoints.is, 1) })),
      el('dt', {}, t().class_mc_mean_turns()), el('dd', {}, f(s.meanTurns, 1))),
    el('p', { class: 'hint' }, t().class_mc_same_as(), ' ', el('code', { dir: 'ltr' }, `npm run sim -- --scenario ${s.scenario} --games ${s.games} --seed ${s.seed} --coalition ${s.policies.coalition} --russia ${s.policies.russia} --is ${s.policies.is}`)));
}

export interface MonteCarloHooks { summary: SimSummary | null; running: boolean }

export function monteCarloPanel(hooks: MonteCarloHooks): HTMLElement {
  const scenarioInput = el('select', { id: 'mc-scenario', 'data-testid': 'mc-scenario' },
    ...SCENARIO_IDS.map((id) => el('option', { value: id, selected: id === MAIN_SCENARIO_ID }, scenarioOption(builtinScenario(id)!, scenarioTitle(builtinScenario(id)!)))));
  const scenario = { input: scenarioInput, field: el('div', { class: 'field' }, el('label', { for: 'mc-scenario' }, t().class_mc_scenario()), scenarioInput) };
  const games = number('mc-games', t().class_mc_games(), 20, 1, MAX_GAMES);
  const seed = number('mc-seed', t().class_mc_seed(), 1, 0);
  const coalition = select('mc-coalition', t().class_mc_coalition_policy(), 'ai:balanced');
  const russia = select('mc-russia', t().class_mc_russia_policy(), 'ai:balanced');
  const is = select('mc-is', t().class_mc_is_policy(), 'ai:balanced');
  const run = el('button', { type: 'button', class: 'primary', 'data-testid': 'mc-run' }, t().class_mc_run());
  const stop = el('button', { type: 'button', disabled: true, 'data-testid': 'mc-stop' }, t().class_mc_stop());
  const fill = el('div', { class: 'progress-fill' });
  const bar = el('div', { class: 'progress', role: 'progressbar', 'aria-label': t().class_mc_games_played(), 'aria-valuemin': '0', 'aria-valuemax': '1', 'aria-valuenow': '0', 'data-testid': 'mc-progress' }, fill);
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
    bar.setAttribute('aria-valuetext', t().class_mc_progress({ done, total }));
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
    status.textContent = t().class_mc_playing({ games: spec.games });
    const started = performance.now();
    worker = new Worker(new URL('../../classroom/mcWorker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (e: MessageEvent<WorkerReply>) => {
      const m = e.data;
      if (m.kind === 'progress') progress(m.done, m.games);
      else if (m.kind === 'error') { status.textContent = t().class_mc_stopped_error({ error: m.message }); finish(); }
      else {
        hooks.summary = m.summary;
        status.textContent = t().class_mc_done({ games: m.summary.games, seconds: formatNumber((performance.now() - started) / 1000, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) });
        out.replaceChildren(results(m.summary));
        finish();
      }
    });
    worker.addEventListener('error', (e) => { status.textContent = t().class_mc_failed({ error: e.message }); finish(); });
    worker.postMessage(spec);
  });
  stop.addEventListener('click', () => { status.textContent = t().class_mc_stopped(); finish(); });

  return el('section', { class: 'review-section', id: 'monte-carlo', 'aria-labelledby': 'monte-carlo-h' },
    el('h2', { id: 'monte-carlo-h' }, t().class_mc_title()),
    el('p', {}, t().class_mc_text()),
    el('div', { class: 'mc-form' }, scenario.field, games.field, seed.field, coalition.field, russia.field, is.field),
    el('div', { class: 'buttons' }, run, stop), bar, status, out);
}
