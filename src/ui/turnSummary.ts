// The turn summary: after the other camps' phases, what the player saw of them, in words, with a
// short tour of the map (each line's place in turn). Skip ends the tour and the map's animation;
// the setting to show it is kept in localStorage (?summary=off|on overrides it for one load: tests).
import type { Controller } from '../presenter/controller';
import type { SummaryItem } from '../text/turnSummary';
import { el } from './dom';
import { t } from '../i18n/messages';

export const SUMMARY_STORAGE_KEY = 'deconfliction.turnSummary';
/** Time the tour stays on each place. */
const TOUR_STEP_MS = 1200;
/** The tour shows this many places at most: it is a reminder, the log keeps the rest. */
const TOUR_MAX = 8;
const TOURED: ReadonlySet<SummaryItem['kind']> = new Set(['move', 'attack', 'strike', 'loss', 'capture']);

function storage(): Storage | undefined {
  try { return window.localStorage; } catch { return undefined; }
}

/** Whether the summary shows: the URL's ?summary= for this load, else the stored choice, else on. */
export function summaryWanted(search = location.search): boolean {
  const fromUrl = new URLSearchParams(search).get('summary');
  if (fromUrl === 'off' || fromUrl === 'on') return fromUrl === 'on';
  try { return storage()?.getItem(SUMMARY_STORAGE_KEY) !== 'off'; } catch { return true; }
}

export class TurnSummaryCard {
  readonly root = el('section', { class: 'turn-summary', 'aria-labelledby': 'summary-title', 'data-testid': 'turn-summary', hidden: true });
  private readonly headline = el('p', { class: 'summary-headline', 'data-testid': 'summary-headline' });
  private readonly list = el('ol', { class: 'summary-items', 'data-testid': 'summary-items' });
  private readonly replay = el('button', { type: 'button', 'data-testid': 'summary-replay' }, t().summary_replay());
  private readonly skip = el('button', { type: 'button', class: 'primary', 'data-testid': 'summary-skip' }, t().summary_skip());
  private readonly keep = el('input', { type: 'checkbox', id: 'summary-keep', 'data-testid': 'summary-keep' });
  private shownRound = 0;
  private wanted = summaryWanted();
  private tour: ReturnType<typeof setTimeout> | null = null;
  /** The camp whose summary is on the card. */
  private camp = '';

  constructor(parent: HTMLElement, private readonly controller: Controller) {
    this.keep.checked = this.wanted;
    this.root.append(
      el('h2', { id: 'summary-title', tabindex: '-1' }, t().summary_title()),
      this.headline, this.list,
      el('div', { class: 'buttons' }, this.skip, this.replay),
      el('p', { class: 'summary-setting' }, this.keep, el('label', { for: 'summary-keep' }, t().summary_keep())));
    this.skip.addEventListener('click', () => this.close());
    this.replay.addEventListener('click', () => this.startTour());
    this.keep.addEventListener('change', () => {
      this.wanted = this.keep.checked;
      try { storage()?.setItem(SUMMARY_STORAGE_KEY, this.wanted ? 'on' : 'off'); } catch { /* blocked storage */ }
    });
    this.root.addEventListener('keydown', (e) => { if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); this.close(); } });
    parent.append(this.root);
    controller.onChange(() => this.render());
  }

  private render(): void {
    const { summary, summaryRound, session } = this.controller;
    // A hot-seat handover (or the other camps moving) takes the card away, text and all: the next
    // team must not read what this one saw.
    if (!this.root.hidden && (!session.isPlayersPhase || session.camp !== this.camp)) this.close();
    if (summaryRound === this.shownRound) return;
    this.shownRound = summaryRound;
    this.stopTour();
    if (!summary || !this.wanted || !this.controller.session.isPlayersPhase) { this.root.hidden = true; return; }
    this.headline.textContent = summary.headline;
    this.list.replaceChildren(...summary.items.map((item) => {
      if (!item.hex) return el('li', { class: `summary-${item.kind}` }, item.text);
      const hex = item.hex;
      const b = el('button', { type: 'button', class: 'log-place', title: t().summary_show_on_map() }, item.text);
      b.addEventListener('click', () => { this.stopTour(); this.controller.focusHex(hex); });
      return el('li', { class: `summary-${item.kind}` }, b);
    }));
    this.replay.hidden = this.places().length === 0;
    this.camp = session.camp;
    this.root.hidden = false;
    this.startTour();
  }

  private places(): { index: number; item: SummaryItem }[] {
    return (this.controller.summary?.items ?? []).map((item, index) => ({ index, item }))
      .filter((p) => p.item.hex && TOURED.has(p.item.kind)).slice(0, TOUR_MAX);
  }

  /** Centres the map on each place seen, one after another, marking its line. */
  private startTour(): void {
    this.stopTour();
    const places = this.places();
    const step = (i: number): void => {
      this.mark(places[i]?.index ?? -1);
      if (i >= places.length) { this.tour = null; return; }
      this.controller.focusHex(places[i]!.item.hex!);
      this.tour = setTimeout(() => step(i + 1), TOUR_STEP_MS);
    };
    step(0);
  }

  private stopTour(): void {
    if (this.tour !== null) clearTimeout(this.tour);
    this.tour = null;
    this.mark(-1);
  }

  private mark(index: number): void {
    [...this.list.children].forEach((li, i) => li.classList.toggle('touring', i === index));
  }

  close(): void {
    this.stopTour();
    this.controller.skipAnimation();
    const hadFocus = this.root.contains(document.activeElement);
    this.root.hidden = true;
    this.headline.textContent = '';
    this.list.replaceChildren();
    if (hadFocus) document.querySelector<HTMLElement>('#game-container canvas')?.focus();
  }
}
