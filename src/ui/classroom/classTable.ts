// The whole class: several groups' replay files (picked together or dropped) checked one by one and
// compared in one table; a file that cannot be used is named with the reason and skipped. Each row
// links to its group's review.
import { type Camp, type Scenario, type VictoryReport, victoryPoints } from '../../engine';
import { clashSetOff } from '../../text/crisisText';
import { MAX_REPLAY_BYTES, type Replay } from '../../replay/format';
import { parseReplayText } from '../../replay/parse';
import { type ReplaySummary, summarize } from '../../replay/summary';
import { verifyReplay } from '../../replay/verify';
import { kitFor } from '../../exercise/kits';
import { decisionPoints } from '../../review/decisions';
import type { DecisionPoint } from '../../review/types';
import { walkReplay } from '../../review/walk';
import { SCENARIO_IDS, builtinScenario } from '../../scenarios';
import { loadScenarioText, localKit, localScenario } from '../../text/scenarioText';
import { formatList, formatNumber } from '../../i18n/format';
import { type MessageKey, currentLocale, t } from '../../i18n/messages';
import { rungNameOf } from '../../text/localNames';
import { el } from '../dom';
import { readChosenFile } from '../fileRead';
import { fileFaultText } from '../../text/fileFaultText';
import { scenarioTitle } from '../../text/scenarioFacts';
import { decisionTables } from './decisionTable';
import { reviewLink } from './links';
import { replayErrorText } from '../../text/replayErrorText';

export interface GroupRow {
  name: string; replay: Replay; summary: ReplaySummary; points: Record<Camp, number>; result: VictoryReport | null;
  /** What the group did at each of its scenario kit's decision points (none without a kit). */
  decisions: DecisionPoint[];
  scenario: { id: string; title: string };
}
export type GroupResult = { ok: true; row: GroupRow } | { ok: false; name: string; message: string };

/** Checks one group's file text: parsed, then played back in full. */
export function checkGroup(name: string, text: string, find: (id: string) => Scenario | undefined = builtinScenario): GroupResult {
  const parsed = parseReplayText(text, find);
  if (!parsed.ok) return { ok: false, name, message: replayErrorText(parsed) };
  const v = verifyReplay(parsed.scenario, parsed.replay);
  if (!v.ok) return { ok: false, name, message: t().class_not_playing_back({ error: v.message }) };
  const summary = summarize(v.state, parsed.replay.commands.length);
  const kit = kitFor(parsed.scenario);
  // The decision points' words in the page's language (loadScenarioTexts); the walk replays the scenario as played.
  const decisions = kit ? decisionPoints(localScenario(parsed.scenario), localKit(kit, parsed.scenario.id), walkReplay(parsed.scenario, parsed.replay)) : [];
  return { ok: true, row: { name, replay: parsed.replay, summary, points: v.state.result?.points ?? victoryPoints(parsed.scenario, v.state.control), result: v.state.result, decisions, scenario: { id: parsed.scenario.id, title: scenarioTitle(parsed.scenario) } } };
}

/** The built-in scenarios' overlays in the page's language, for the decision points (small; none for English). */
export const loadScenarioTexts = (): Promise<unknown> => Promise.all(SCENARIO_IDS.map((id) => loadScenarioText(id)));

async function readGroup(file: File): Promise<GroupResult> {
  await loadScenarioTexts();
  if (file.size > MAX_REPLAY_BYTES) return { ok: false, name: file.name, message: t().class_too_big({ size: formatNumber(file.size / 1024 / 1024, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) }) };
  const read = await readChosenFile(file);
  return read.ok ? checkGroup(file.name, read.text) : { ok: false, name: file.name, message: t().class_unreadable({ error: fileFaultText(read.fault) }) };
}

export class ClassTable {
  readonly root: HTMLElement;
  readonly rows: GroupRow[] = [];
  private readonly body = el('tbody', {});
  private readonly errors = el('ul', { class: 'class-errors', 'data-testid': 'class-errors' });
  private readonly alert = el('div', { role: 'alert', class: 'class-alert', 'data-testid': 'class-alert' });
  private readonly table: HTMLTableElement;
  private readonly summary = el('p', { class: 'class-summary', 'data-testid': 'class-summary', role: 'status' });
  private readonly decisions = el('section', { class: 'review-section', id: 'class-decisions', 'aria-labelledby': 'class-decisions-h', 'data-testid': 'class-decisions', hidden: true });

  /** `files: false`: the table of a class on the network, filled by the dashboard as groups finish (no file picker). */
  constructor(opts: { files?: boolean } = {}) {
    // The browser draws its file widget in its own language, so a button of ours opens the chooser.
    const input = el('input', { type: 'file', id: 'class-files', multiple: true, accept: '.json,application/json', class: 'sr-only', tabindex: '-1', 'data-testid': 'class-files' });
    const choose = el('button', { type: 'button', 'data-testid': 'class-files-choose', 'aria-describedby': 'class-files-label' }, t().class_replay_files_choose());
    choose.addEventListener('click', () => input.click());
    input.addEventListener('change', () => {
      void this.add([...(input.files ?? [])]);
      input.value = '';
    });
    this.table = el('table', { class: 'review-table class-table', 'data-testid': 'class-table' },
      el('caption', {}, t().class_games_caption()),
      el('thead', {}, el('tr', {}, ...[t().class_col_group(), t().class_col_outcome(), t().class_col_rung(), t().class_col_incidents(), t().class_col_messages(), t().class_col_vp_coalition(), t().class_col_vp_government(), t().class_col_vp_is(), t().class_col_hash(), t().class_col_review()]
        .map((h) => el('th', { scope: 'col' }, h)))),
      this.body);
    this.table.hidden = true;
    this.alert.hidden = true;
    this.root = el('section', { class: 'review-section', id: 'class-games', 'aria-labelledby': 'class-games-h' },
      el('h2', { id: 'class-games-h' }, t().class_games_title()),
      ...(opts.files === false ? [el('p', {}, t().class_games_network())] : [
        el('p', {}, t().class_games_files()),
        el('div', { class: 'field' }, el('label', { for: 'class-files', id: 'class-files-label' }, t().class_replay_files()), choose), input]),
      this.alert, this.summary, this.table, this.decisions);
    this.alert.append(el('p', {}, t().class_skipped()), this.errors);
  }

  async add(files: readonly File[]): Promise<void> {
    for (const file of files) this.show(await readGroup(file));
  }

  show(r: GroupResult): void {
    if (!r.ok) {
      this.alert.hidden = false;
      this.errors.append(el('li', {}, el('strong', {}, r.name), `: ${r.message}`));
      return;
    }
    const { row } = r;
    this.rows.push(row);
    this.table.hidden = false;
    this.summary.textContent = classSummary(this.rows);
    const tables = decisionTables(this.rows);
    this.decisions.hidden = tables.length === 0;
    this.decisions.replaceChildren(el('h3', { id: 'class-decisions-h' }, t().class_same_moments()),
      el('p', {}, t().class_same_moments_text()), ...tables);
    const s = row.summary;
    this.body.append(el('tr', {},
      el('th', { scope: 'row', class: 'file-name' }, row.name), el('td', {}, outcomeText(row)), el('td', {}, rungNameOf(s.maxRung)),
      el('td', { class: 'num' }, String(s.incidents)), el('td', { class: 'num' }, String(s.messages)),
      el('td', { class: 'num' }, String(row.points.coalition)), el('td', { class: 'num' }, String(row.points.russia)), el('td', { class: 'num' }, String(row.points.is)),
      el('td', {}, el('code', {}, s.finalHash)),
      el('td', {}, el('a', { href: reviewLink(row.replay), target: '_blank', rel: 'noopener', 'aria-label': t().class_review_of({ name: row.name }) }, t().class_col_review()))));
  }
}

/** The outcome in the page's words: the camps as the class knows them, and who set off a clash. */
function outcomeText(row: GroupRow): string {
  const w = row.summary.winner;
  if (w === null) return t().class_outcome_unfinished({ turn: row.summary.turns });
  if (w === 'none') return `${t().class_outcome_clash()}${row.result ? clashSetOff(row.result) : ''}`;
  return w === 'draw' ? t().class_outcome_draw() : w === 'russia' ? t().class_outcome_government() : t().class_outcome_coalition();
}

type OutcomeKind = 'unfinished' | 'clash' | 'draw' | 'government' | 'coalition';

/** One line over the groups: how their games ended, and the mean incidents and messages. */
export function classSummary(rows: readonly GroupRow[]): string {
  const count = new Map<OutcomeKind, number>();
  for (const r of rows) {
    const w = r.summary.winner;
    const kind = w === null ? 'unfinished' : w === 'none' ? 'clash' : w === 'draw' ? 'draw' : w === 'russia' ? 'government' : 'coalition';
    count.set(kind, (count.get(kind) ?? 0) + 1);
  }
  const mean = (f: (r: GroupRow) => number): string => formatNumber(rows.reduce((s, r) => s + f(r), 0) / rows.length, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
  const items = [...count.entries()].map(([k, n]) => t()[`class_kind_${k}` satisfies MessageKey]({ count: n }));
  // English lists them with commas only ("1 draw, 2 coalition wins"); the others as their language lists.
  const outcomes = currentLocale() === 'en' ? items.join(', ') : formatList(items);
  return t().class_summary({ count: rows.length, outcomes, incidents: mean((r) => r.summary.incidents), messages: mean((r) => r.summary.messages) });
}
