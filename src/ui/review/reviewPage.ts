// The after-action review as a page: outcome and score, charts, key moments (links into the replay
// viewer), timeline, hotline transcript, what really happened, discussion questions, and export.
// Every text goes in through el(), as text: game data never becomes markup.
import { CAMPS, POWERS, type Scenario } from '../../engine';
import type { Replay } from '../../replay/format';
import type { RecordComparison, Review, ReviewKit, TimelineEntry } from '../../review/types';
import { CAMP_CSS } from '../../presenter/colours';
import { POWER_NAME, causeText, injectAuthor, signed, turnDays } from '../../text/crisisText';
import { campName } from '../../text/places';
import { campShort } from '../../review/campNames';
import { packedViewerLink } from '../classroom/links';
import { encodeReplay } from '../../replay/link';
import { el, swatch } from '../dom';
import { currentLocale, isRtl, t } from '../../i18n/messages';
import { formatNumber } from '../../i18n/format';
import { reasonText } from '../resultPanel';
import { exportButtons } from './exportReview';
import { RUNG_BANDS } from '../../review/build';
import { RUNG_NAMES } from '../../review/rungNames';

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

/** A score with a true minus sign, as the result screen writes it; kept left to right in Arabic (isolated), so the sign stays before the digits. */
const minus = (n: number): string => {
  const text = n < 0 ? `−${formatNumber(-n)}` : formatNumber(n);
  return isRtl(currentLocale()) ? `\u2066${text}\u2069` : text;
};

const actorName = (a: TimelineEntry['actor']): string =>
  a === null ? '—' : a === 'control' ? t().review_actor_control() : campShort(a);

/** A rung's name (the review keeps the engine's English name) in the page's language. */
const rungName = (name: string): string => {
  const i = RUNG_BANDS.findIndex((b) => b.name === name);
  return i < 0 ? name : RUNG_NAMES()[i]!;
};

const KIND: Record<TimelineEntry['kind'], () => string> = {
  decision: () => t().review_kind_decision(), capture: () => t().review_kind_capture(), incident: () => t().review_kind_incident(),
  message: () => t().review_kind_message(), inject: () => t().review_kind_inject(), ruling: () => t().review_kind_ruling(),
  escalation: () => t().review_kind_escalation(), note: () => t().review_kind_note(),
};

const ANSWER: Record<ReviewKit['objectives'][number]['answer'], () => string> = {
  yes: () => t().review_answer_yes(), no: () => t().review_answer_no(), 'not tested': () => t().review_answer_not_tested(),
};

function outcomeSection(scenario: ReviewScenario, review: Review): HTMLElement {
  const o = review.outcome;
  const r = o.report;
  return section('review-outcome', t().review_section_outcome(),
    el('p', { class: 'lede', 'data-testid': 'review-headline' }, o.headline),
    r ? el('p', { 'data-testid': 'review-reason' }, reasonText(scenario, r)) : el('p', {}, t().review_not_ended()),
    r ? el('table', { class: 'review-table compact', 'data-testid': 'review-score' },
      el('caption', {}, t().review_score_caption()),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t().review_col_camp()), el('th', { scope: 'col' }, t().review_col_vp_held()), el('th', { scope: 'col' }, t().review_col_final_score()))),
      el('tbody', {}, ...CAMPS.map((c) => el('tr', {},
        el('th', { scope: 'row' }, swatch(CAMP_CSS[c]), campName(scenario, c)),
        el('td', {}, formatNumber(r.points[c])),
        el('td', {}, c === 'is' ? '—' : r.clashBy === c ? t().review_score_clash({ score: minus(r.score[c]) }) : minus(r.score[c])))))) : null,
    r ? el('table', { class: 'review-table compact' },
      el('caption', {}, t().review_objectives_caption()),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t().review_col_objective()), el('th', { scope: 'col' }, t().review_col_points()), el('th', { scope: 'col' }, t().review_col_held_by()))),
      el('tbody', {}, ...r.objectives.map((x) => el('tr', {}, el('td', {}, x.name), el('td', {}, formatNumber(x.points)), el('td', {}, x.owner ? campShort(x.owner) : t().review_nobody()))))) : null,
    el('ul', { class: 'facts' },
      el('li', {}, t().review_fact_rung({ rung: rungName(o.maxRung), points: String(o.finalEscalation) })),
      el('li', {}, t().review_fact_counts({ incidents: String(o.incidents), messages: String(o.messages), unanswered: String(o.unanswered), injects: String(o.injects) })),
      el('li', {}, `${t().review_fact_hash()} `, el('code', { 'data-testid': 'review-hash' }, o.finalHash))));
}

function keyMomentsSection(review: Review, packed: string): HTMLElement {
  return section('review-moments', t().review_section_moments(),
    el('p', { class: 'hint no-print' }, t().review_moments_hint()),
    review.keyMoments.length === 0 ? el('p', {}, t().review_moments_none()) : el('ol', { class: 'moments', 'data-testid': 'key-moments' },
      ...review.keyMoments.map((k) => el('li', {},
        el('a', { href: packedViewerLink(packed, k.turn), target: '_blank', rel: 'noopener', 'data-turn': String(k.turn) }, t().review_moment_link({ turn: String(k.turn), title: k.title })),
        el('span', { class: 'why' }, ` ${k.why}`)))));
}

function escalationCell(e: TimelineEntry): string {
  const trust = e.trust ? t().review_trust({ delta: signed(e.trust) }) : '';
  const sep = t().review_separator();
  if (e.escalation.length === 0) return trust;
  const inject = e.escalation.map((c) => c.inject).find((j) => j !== undefined);
  const by = e.escalation.map((c) => c.by).find((b) => b) ?? null;
  const who = inject !== undefined ? [injectAuthor(inject)] : by ? [POWER_NAME[by]] : [];
  const causes = [...new Set(e.escalation.map((c) => causeText(c.cause))), ...who].join(sep);
  return `${t().review_cell_change({ delta: signed(e.delta), causes })}${trust ? `${sep}${trust}` : ''}`;
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
    const g: Group = { body: el('tbody', {}, el('tr', { class: 'turn-row' }, el('th', { colspan: '4', scope: 'rowgroup' }, t().review_turn_heading({ turn: String(turn), days: turnDays(scenario, turn) })))), rows: [] };
    for (const e of entries) {
      const tr = el('tr', { class: `kind-${e.kind}${e.delta > 0 ? ' raised' : ''}` },
        el('td', {}, actorName(e.actor)), el('td', {}, KIND[e.kind]()), el('td', {}, e.text), el('td', { class: 'num' }, escalationCell(e)));
      g.body.append(tr);
      g.rows.push({ tr, e });
    }
    groups.set(turn, g);
    filter(g); // the box may have been ticked before this turn's rows were added
    return g.body;
  };
  onlyChanges.addEventListener('change', () => { for (const g of groups.values()) filter(g); });
  const table = el('table', { class: 'review-table timeline', 'data-testid': 'timeline' },
    el('caption', { class: 'sr-only' }, t().review_timeline_caption()),
    el('thead', {}, el('tr', {}, ...[t().review_col_who(), t().review_col_kind(), t().review_col_what(), t().review_col_escalation_trust()].map((h) => el('th', { scope: 'col' }, h)))));
  const turns = [...byTurn];
  const fill: (() => void)[] = [];
  for (let i = 0; i < turns.length; i += TURNS_PER_TASK) fill.push(() => table.append(...turns.slice(i, i + TURNS_PER_TASK).map(([turn, es]) => addTurn(turn, es))));
  return { fill, section: section('review-timeline', t().review_section_timeline(),
    el('p', {}, t().review_timeline_intro()),
    el('p', { class: 'no-print' }, onlyChanges, el('label', { for: 'timeline-only-changes' }, ` ${t().review_timeline_filter()}`)),
    table) };
}

/** The transcript's section, and its messages to add a few at a time (a late game has a hundred). */
function transcriptSection(review: Review): { section: HTMLElement; fill: (() => void)[] } {
  if (review.transcript.length === 0) return { fill: [], section: short(section('review-transcript', t().review_section_transcript(), el('p', {}, t().review_transcript_unused()))) };
  const list = el('ol', { class: 'transcript', 'data-testid': 'review-transcript' });
  const item = (m: Review['transcript'][number]): HTMLElement => el('li', {},
    el('p', { class: 'msg-header' }, m.header),
    el('p', { class: 'msg-title' }, m.title),
    el('p', {}, m.body),
    m.remark === undefined ? null : el('p', { class: 'msg-remark' }, el('strong', {}, `${t().review_remark()} `), m.remark),
    el('p', { class: 'msg-status' }, t().review_status({ status: m.status })));
  const fill: (() => void)[] = [];
  for (let i = 0; i < review.transcript.length; i += MESSAGES_PER_TASK) fill.push(() => list.append(...review.transcript.slice(i, i + MESSAGES_PER_TASK).map(item)));
  return { fill, section: section('review-transcript', t().review_section_transcript(), list) };
}

function historySection(review: Review): HTMLElement {
  const debrief = review.kit?.debrief;
  return section('review-history', t().review_section_history(),
    el('p', {}, t().review_history_intro()),
    debrief ? el('div', { class: 'history-item', 'data-testid': 'review-debrief' }, el('h3', {}, t().review_debrief_title()),
      el('ul', {}, ...debrief.events.map((e) => el('li', {}, el('strong', {}, `${e.date}: `), e.text)))) : null,
    ...review.history.map((h) => el('div', { class: 'history-item' },
      el('h3', {}, h.topic),
      el('p', {}, el('strong', {}, `${t().review_label_year()} `), h.history),
      el('p', {}, el('strong', {}, `${t().review_label_game()} `), h.game),
      el('p', { class: 'source' }, t().review_sources({ sources: h.sources })))),
    el('p', { class: 'source' }, t().review_all_sources({ sources: review.historySources })));
}

/** The kit's learning objectives, each answered from the game. */
function objectivesSection(kit: ReviewKit): HTMLElement {
  return short(section('review-objectives', t().review_section_objectives(),
    el('p', {}, t().review_objectives_intro()),
    el('table', { class: 'review-table', 'data-testid': 'review-objectives' },
      el('caption', { class: 'sr-only' }, t().review_objectives_table()),
      el('thead', {}, el('tr', {}, ...[t().review_col_did_group(), t().review_col_answer(), t().review_col_evidence()].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...kit.objectives.map((o) => el('tr', { 'data-objective': o.id, class: `answer-${o.answer.replace(' ', '-')}` },
        el('td', {}, o.question), el('th', { scope: 'row' }, ANSWER[o.answer]()), el('td', {}, o.evidence)))))));
}

/** The structured hotwash: timed phases, what each team expected, and the game against the record. */
function hotwashSection(review: Review, kit: ReviewKit): HTMLElement {
  const hw = kit.hotwash;
  const byId = (id: string | null): RecordComparison | undefined => hw.comparisons.find((c) => c.id === id);
  const closest = byId(hw.closest);
  const furthest = byId(hw.furthest);
  const near = (label: string, c: RecordComparison | undefined, testid: string): HTMLElement | null => c
    ? el('div', { class: 'history-item', 'data-testid': testid }, el('h4', {}, t().review_near_heading({ label, topic: c.topic })), el('p', {}, el('strong', {}, `${t().review_label_year()} `), c.history), el('p', {}, el('strong', {}, `${t().review_label_game()} `), c.game))
    : null;
  let minute = 0;
  return section('review-hotwash', t().review_hotwash_title({ count: hw.minutes }),
    el('ol', { class: 'hotwash-phases', 'data-testid': 'hotwash-phases' }, ...hw.phases.map((p) => {
      const from = minute;
      minute += p.minutes;
      return el('li', {}, el('strong', {}, `${t().review_hotwash_phase({ title: p.title, from: String(from), to: String(minute), minutes: String(p.minutes) })} `), el('ul', {}, ...p.prompts.map((q) => el('li', {}, q))));
    })),
    el('h3', {}, t().review_hotwash_expected()),
    el('ul', { class: 'questions', 'data-testid': 'hotwash-expectations' }, ...(['coalition', 'russia'] as const).flatMap((p) => hw.expectations[p].map((q) => el('li', { 'data-camp': p }, q)))),
    el('h3', {}, t().review_hotwash_near_far()),
    closest || furthest ? el('div', { 'data-testid': 'hotwash-record' }, near(t().review_closest(), closest, 'hotwash-closest'), near(t().review_furthest(), furthest, 'hotwash-furthest'))
      : el('p', {}, t().review_hotwash_none()),
    hw.comparisons.length > 0 ? el('table', { class: 'review-table compact', 'data-testid': 'hotwash-comparisons' },
      el('caption', {}, t().review_comparisons_caption()),
      el('thead', {}, el('tr', {}, ...[t().review_col_moment(), t().review_col_record_turn(), t().review_col_game_turn(), t().review_col_turns_apart()].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...hw.comparisons.map((c) => el('tr', {}, el('td', {}, c.topic), el('td', { class: 'num' }, formatNumber(c.recordTurn)),
        el('td', { class: 'num' }, c.gameTurn === null ? t().review_not_by_turn({ turn: String(review.turns) }) : formatNumber(c.gameTurn)), el('td', { class: 'num' }, c.gameTurn === null ? t().review_at_least({ distance: String(c.distance) }) : formatNumber(c.distance)))))) : null);
}

function questionsSection(review: Review): HTMLElement {
  return section('review-questions', t().review_section_questions(),
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
      el('h1', {}, t().review_title()),
      el('p', { class: 'subtitle' }, t().review_subtitle({ title: review.scenario.title, seed: review.seed, turns: t().common_turns({ count: review.turns }), commands: t().review_commands({ count: review.commands }) })),
      el('p', { class: 'subtitle' }, [...POWERS.map((p) => t().review_player({ power: POWER_NAME[p], player: review.players[p] })), t().review_player_is({ player: review.players.is })].join(' · ')),
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
    () => { charts = section('review-charts', t().review_section_charts(), plots!.escalationChart(review.series)); return charts; },
    () => { charts!.append(plots!.pointsChart(review.series)); return null; },
    // One packing of the replay serves every link (the worker's, if it packed it).
    () => keyMomentsSection(review, packed ?? encodeReplay(replay)),
    timeline,
    filled(() => transcriptSection(review)),
    () => (review.kit ? objectivesSection(review.kit) : null),
    () => (review.kit ? hotwashSection(review, review.kit) : null),
    () => historySection(review),
    () => questionsSection(review),
  ];
  for (let i = 0; i < sections.length; i++) {
    await pause();
    const s = await sections[i]!();
    if (s) root.append(s);
  }
}
