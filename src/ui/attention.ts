// The attention banner over the map: each of Control's injects and each hotline message to the
// player's camp stays on it until acknowledged (a line in the log is too easy to miss). Only a
// message that asks for an answer is announced as a call. Either can be opened in the hotline from here; an item with a place can be shown on the map.
import type { AttentionItem, Controller } from '../presenter/controller';
import { el } from './dom';
import { t } from '../i18n/messages';
import type { HotlinePanel } from './hotline/panel';

const KIND = { call: () => t().banner_call(), message: () => t().banner_message(), inject: () => t().banner_inject() } as const;
const TITLE = { call: () => t().banner_title_call(), message: () => t().banner_title_message(), inject: () => t().banner_title_inject() } as const;

export class AttentionBanner {
  readonly root = el('section', { class: 'attention', 'aria-labelledby': 'attention-title', 'data-testid': 'attention', hidden: true });
  /** Read out when a new item comes up: the banner is not a dialog and takes no focus. */
  private readonly live = el('p', { class: 'sr-only', role: 'alert', 'data-testid': 'attention-live' });
  private shown = '';
  /** Items already read out: one coming back after the other camps' phases is not read again. */
  private readonly announced = new Set<string>();

  constructor(parent: HTMLElement, private readonly controller: Controller, private readonly hotline: HotlinePanel) {
    parent.append(this.root, this.live);
    controller.onChange(() => this.render());
  }

  private render(): void {
    // Only in the player's own phase: a hot-seat handover must show nothing of the team that left.
    const items = this.controller.session.isPlayersPhase ? this.controller.attentionNow() : [];
    const first = items[0];
    const key = `${first?.id ?? ''}|${items.length}`;
    if (key === this.shown) return;
    this.shown = key;
    if (!first) { this.root.hidden = true; this.root.replaceChildren(); this.live.textContent = ''; return; }
    this.root.replaceChildren(...this.draw(first, items.length - 1));
    this.root.dataset.kind = first.kind;
    this.root.hidden = false;
    if (this.announced.has(first.id)) return;
    this.announced.add(first.id);
    this.live.textContent = t().banner_live({ kind: KIND[first.kind](), text: first.text });
  }

  private draw(item: AttentionItem, more: number): HTMLElement[] {
    const ack = el('button', { type: 'button', class: 'primary', 'data-testid': 'attention-ack' }, t().banner_ack());
    ack.addEventListener('click', () => {
      const inside = this.root.contains(document.activeElement);
      this.controller.acknowledge(item.id);
      // Focus stays on the banner's next item, or goes to the map once the banner is empty.
      if (inside) (this.root.querySelector<HTMLElement>('[data-testid="attention-ack"]') ?? document.querySelector<HTMLElement>('#game-container canvas'))?.focus();
    });
    const buttons = [ack];
    if (item.kind !== 'inject') {
      const open = el('button', { type: 'button', 'data-testid': 'attention-open-hotline' }, t().banner_open_hotline());
      open.addEventListener('click', () => { this.controller.acknowledge(item.id); this.hotline.toggle(true); });
      buttons.unshift(open);
    }
    if (item.hex) {
      const hex = item.hex;
      const show = el('button', { type: 'button', 'data-testid': 'attention-show' }, t().banner_show());
      show.addEventListener('click', () => this.controller.focusHex(hex));
      buttons.push(show);
    }
    return [
      el('h2', { id: 'attention-title' }, TITLE[item.kind](), more > 0 ? el('span', { class: 'badge' }, t().banner_more({ count: more })) : null),
      el('p', { 'data-testid': 'attention-text' }, item.text),
      el('div', { class: 'buttons' }, ...buttons),
    ];
  }
}
