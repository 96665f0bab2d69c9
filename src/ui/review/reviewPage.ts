// The after-action review as a page: outcome and score, charts, key moments (links into the replay
// viewer), timeline, hotline transcript, what really happened, discussion questions, and export.
// Every text goes in through el(), as text: game data never becomes markup.
import { CAMPS, POWERS, type Scenario } from '../../engine';
import type { Replay } from '../../replay/format';
import { HISTORY_SOURCES } from '../../review/history';
import type { Review, TimelineEntry } from '../../review/types';
import { CAMP_CSS } from '../../presenter/colours';
import { POWER_NAME, causeText, injectAuthor, signed, turnDays } from '../../text/crisisText';
import { CAMP_SHORT, campName } from '../../text/places';
import { packedViewerLink } from '../classroom/links';
import { encodeReplay } from '../../replay/link';
import { el, swatch } from '../dom';
import { reasonText } from '../resultPanel';
import { exportButtons } from './exportReview';

/** What of the scenario the page reads: its data only (names, dates), which the review's worker sends. */
export type ReviewScenario = Pick<Scenario, 'data'>;

/** Turns of the timeline, and hotline messages, added to the page per task. */
const TURNS_PER_TASK = 6;
const MESSAGES_PER_TASK = 15;

function section(id: string, title: string, ...children: (Node | string | null)[]): HTMLElement {
  return el('section', { class: 'review-section', id, 'aria-labelledby': `${id}-h` }, el('h2', { id: `${id}-h` }, title), ...children);
}

/** A section of a line or two: printed under the one before it rather than on a page of its own. */
const short = (s: HTMLElement): HTMLElement => { s.classList.add('short'); return s; };

/** A score with a true minus sign, as the result screen writes it. */
const minus = (n: number): string => (n < 0 ? `−${-n}` : String(n));

const actorName = (a: TimelineEntry['actor']): string =>
  a === null ? '—' : a === 'control' ? 'Control' : CAMP_SHORT[a];

function outcomeSection(scenario: ReviewScenario, review: Review): HTMLElement {
  const o = review.outcome;
  const r = o.report;
  return section('review-outcome', 'Outcome',
    el('p', { class: 'lede', 'data-testid': 'review-headline' }, o.headline),
    r ? el('p', {}, reasonText(scenario, r)) : el('p', {}, 'The game had not ended when the replay was saved.'),
    r ? el('table', { class: 'review-table compact', 'data-testid': 'review-score' },
      el('caption', {}, 'Score'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Camp'), el('th', { scope: 'col' }, 'Victory points held'), el('th', { scope: 'col' }, 'Final score'))),
      el('tbody', {}, ...CAMPS.map((c) => el('tr', {},
        el('th', { scope: 'row' }, swatch(CAMP_CSS[c]), campName(scenario, c)),
        el('td', {}, String(r.points[c])),
        el('td', {}, c === 'is' ? '—' : `${minus(r.score[c])}${r.clashBy === c ? ' (set off the clash)' : ''}`))))) : null,
    r ? el('table', { class: 'review-table compact' },
      el('caption', {}, 'Objectives at the end'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Objective'), el('th', { scope: 'col' }, 'Points'), el('th', { scope: 'col' }, 'Held by'))),
      el('tbody', {}, ...r.objectives.map((x) => el('tr', {}, el('td', {}, x.name), el('td', {}, String(x.points)), el('td', {}, x.owner ? CAMP_SHORT[x.owner] : 'nobody'))))) : null,
    el('ul', { class: 'facts' },
      el('li', {}, `Highest rung reached: ${o.maxRung}; escalation ended at ${o.finalEscalation} of 100.`),
      el('li', {}, `Incidents between the powers: ${o.incidents}. Hotline messages: ${o.messages} (${o.unanswered} unanswered). Injects: ${o.injects}.`),
      el('li', {}, 'Final state hash: ', el('code', { 'data-testid': 'review-hash' }, o.finalHash))));
}

function keyMomentsSection(review: Review, packed: string): HTMLElement {
  return section('review-moments', 'Key moments',
    el('p', { class: 'hint no-print' }, 'Each link opens the replay viewer at that turn, in a new tab.'),
    review.keyMoments.length === 0 ? el('p', {}, 'Nothing stood out: no incident, capture or rise in escalation.') : el('ol', { class: 'moments', 'data-testid': 'key-moments' },
      ...review.keyMoments.map((k) => el('li', {},
        el('a', { href: packedViewerLink(packed, k.turn), target: '_blank', rel: 'noopener', 'data-turn': String(k.turn) }, `Turn ${k.turn}: ${k.title}`),
        el('span', { class: 'why' }, ` ${k.why}`)))));
}

function escalationCell(e: TimelineEntry): string {
  const trust = e.trust ? `trust ${signed(e.trust)}` : '';
  if (e.escalation.length === 0) return trust;
  const inject = e.escalation.map((c) => c.inject).find((j) => j !== undefined);
  const by = e.escalation.map((c) => c.by).find((b) => b) ?? null;
  const causes = [...new Set(e.escalation.map((c) => causeText(c.cause)))].join('; ');
  const who = inject !== undefined ? `; ${injectAuthor(inject)}` : by ? `; ${POWER_NAME[by]}` : '';
  return `${signed(e.delta)} (${causes}${who})${trust ? `; ${trust}` : ''}`;
}

/** The timeline's section, and its turns' row groups to add a few at a time (a whole game's are many). */
function timelineSection(scenario: ReviewScenario, review: Review): { section: HTMLElement; fill: (() => void)[] } {
  const onlyChanges = el('input', { type: 'checkbox', id: 'timeline-only-changes' });
  const kept = (e: TimelineEntry): boolean => e.delta !== 0 || e.kind === 'incident' || e.kind === 'ruling';
  // One row group per turn, headed by its dates, made a few turns per task: the filter hides a group left empty.
  type Group = { body: HTMLTableSectionElement; rows: { tr: HTMLTableRowElement; e: TimelineEntry }[] };
  const groups = new Map<number, Group>();
  const filter = (g: Group): void => {
    for (const { tr, e } of g.rows) tr.hidden = onlyChanges.checked && !kept(e);
    g.body.hidden = onlyChanges.checked && !g.rows.some((r) => kept(r.e));
  };
  const byTurn = new Map<number, TimelineEntry[]>();
  for (const e of review.timeline) byTurn.set(e.turn, [...(byTurn.get(e.turn) ?? []), e]);
  const addTurn = (turn: number, entries: TimelineEntry[]): HTMLTableSectionElement => {
    const g: Group = { body: el('tbody', {}, el('tr', { class: 'turn-row' }, el('th', { colspan: '4', scope: 'rowgroup' }, `Turn ${turn} · ${turnDays(scenario, turn)}`))), rows: [] };
    for (const e of entries) {
      const tr = el('tr', { class: `kind-${e.kind}${e.delta > 0 ? ' raised' : ''}` },
        el('td', {}, actorName(e.actor)), el('td', {}, e.kind), el('td', {}, e.text), el('td', { class: 'num' }, escalationCell(e)));
      g.body.append(tr);
      g.rows.push({ tr, e });
    }
    groups.set(turn, g);
    filter(g); // the box may have been ticked before this turn's rows were added
    return g.body;
  };
  onlyChanges.addEventListener('change', () => { for (const g of groups.values()) filter(g); });
  const table = el('table', { class: 'review-table timeline', 'data-testid': 'timeline' },
    el('caption', { class: 'sr-only' }, 'Timeline of the game'),
    el('thead', {}, el('tr', {}, ...['Who', 'Kind', 'What happened', 'Escalation and trust'].map((h) => el('th', { scope: 'col' }, h)))));
  const turns = [...byTurn];
  const fill: (() => void)[] = [];
  for (let i = 0; i < turns.length; i += TURNS_PER_TASK) fill.push(() => table.append(...turns.slice(i, i + TURNS_PER_TASK).map(([t, es]) => addTurn(t, es))));
  return { fill, section: section('review-timeline', 'Timeline',
    el('p', {}, 'Decisions (attacks, strikes, pontoons, first crossings), captures, incidents, hotline messages, injects and Control\'s notes, turn by turn. The last column is the escalation change each caused, its cause and the power held to have caused it, and any change in trust.'),
    el('p', { class: 'no-print' }, onlyChanges, el('label', { for: 'timeline-only-changes' }, ' Only incidents and entries that changed escalation')),
    table) };
}

/** The transcript's section, and its messages to add a few at a time (a late game has a hundred). */
function transcriptSection(review: Review): { section: HTMLElement; fill: (() => void)[] } {
  if (review.transcript.length === 0) return { fill: [], section: short(section('review-transcript', 'Hotline transcript', el('p', {}, 'The hotline was not used.'))) };
  const list = el('ol', { class: 'transcript', 'data-testid': 'review-transcript' });
  const item = (t: Review['transcript'][number]): HTMLElement => el('li', {},
    el('p', { class: 'msg-header' }, t.header),
    el('p', { class: 'msg-title' }, t.title),
    el('p', {}, t.body),
    t.remark === undefined ? null : el('p', { class: 'msg-remark' }, el('strong', {}, 'Remark: '), t.remark),
    el('p', { class: 'msg-status' }, `Status: ${t.status}.`));
  const fill: (() => void)[] = [];
  for (let i = 0; i < review.transcript.length; i += MESSAGES_PER_TASK) fill.push(() => list.append(...review.transcript.slice(i, i + MESSAGES_PER_TASK).map(item)));
  return { fill, section: section('review-transcript', 'Hotline transcript', list) };
}

function historySection(review: Review): HTMLElement {
  return section('review-history', 'What really happened',
    el('p', {}, 'The game set beside the 2017 campaign it is built on.'),
    ...review.history.map((h) => el('div', { class: 'history-item' },
      el('h3', {}, h.topic),
      el('p', {}, el('strong', {}, '2017: '), h.history),
      el('p', {}, el('strong', {}, 'Your game: '), h.game),
      el('p', { class: 'source' }, `Sources: ${h.sources}.`))),
    el('p', { class: 'source' }, `All sources: ${HISTORY_SOURCES}`));
}

function questionsSection(review: Review): HTMLElement {
  return section('review-questions', 'Discussion questions',
    el('ol', { class: 'questions', 'data-testid': 'questions' }, ...review.questions.map((q) => el('li', { 'data-question': q.id }, q.text))));
}

/**
 * Renders the review into `root` (emptied first), a section at a time with `pause` between them (a
 * macrotask in the page), so a long game's review never holds a slow machine's main thread for long.
 */
export async function renderReview(
  root: HTMLElement, scenario: ReviewScenario, replay: Replay, review: Review, pause: () => Promise<void> = async () => {}, packed?: string,
): Promise<void> {
  root.replaceChildren(
    el('header', { class: 'review-header' },
      el('h1', {}, 'After-action review'),
      el('p', { class: 'subtitle' }, `${review.scenario.title} · seed ${review.seed} · ${review.turns} turns, ${review.commands} commands`),
      el('p', { class: 'subtitle' }, POWERS.map((p) => `${POWER_NAME[p]}: ${review.players[p]}`).join(' · ') + ` · IS: ${review.players.is}`),
      exportButtons(root, review)),
    outcomeSection(scenario, review));
  let charts: HTMLElement | null = null;
  let plots: typeof import('./charts') | null = null;
  // The timeline's row groups and the transcript's messages go in as steps of their own, right after their section.
  const filled = (make: () => { section: HTMLElement; fill: (() => void)[] }): (() => HTMLElement) => {
    const step = (): HTMLElement => {
      const t = make();
      sections.splice(sections.indexOf(step) + 1, 0, ...t.fill.map((f) => () => { f(); return null; }));
      return t.section;
    };
    return step;
  };
  const timeline = filled(() => timelineSection(scenario, review));
  const sections: (() => HTMLElement | null | Promise<null>)[] = [
    // uPlot's code is evaluated in a task of its own, then each chart is drawn in one.
    async () => { plots = await import('./charts'); return null; },
    () => { charts = section('review-charts', 'Escalation and victory points', plots!.escalationChart(review.series)); return charts; },
    () => { charts!.append(plots!.pointsChart(review.series)); return null; },
    // One packing of the replay serves every link (the worker's, if it packed it).
    () => keyMomentsSection(review, packed ?? encodeReplay(replay)),
    timeline,
    filled(() => transcriptSection(review)),
    () => historySection(review),
    () => questionsSection(review),
  ];
  for (let i = 0; i < sections.length; i++) {
    await pause();
    const s = await sections[i]!();
    if (s) root.append(s);
  }
}
