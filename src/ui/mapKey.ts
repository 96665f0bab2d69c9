// The key to the crisis shapes on the map. Each sample repeats the map's line pattern (dashed, dotted,
// solid, hatched, double) next to the label text the map prints, so the key works without colour.
import { el } from './dom';
import { type Messages, t } from '../i18n/messages';

// The labels are the words of the tags the map prints (src/scenes/crisisLayer.ts, map_tag_*).
const ITEMS: readonly [cls: string, label: (m: Messages) => string, text: (m: Messages) => string][] = [
  ['key-notice', (m) => m.map_key_label_notice(), (m) => m.map_key_notice()],
  ['key-line', (m) => m.map_key_label_line(), (m) => m.map_key_line()],
  ['key-shared', (m) => m.map_key_label_shared(), (m) => m.map_key_shared()],
  ['key-hold', (m) => m.map_key_label_hold(), (m) => m.map_key_hold()],
  ['key-withdrawal', (m) => m.map_key_label_withdrawal(), (m) => m.map_key_withdrawal()],
  ['key-warning', (m) => m.map_key_label_warning(), (m) => m.map_key_warning()],
  ['key-incident', () => 'I3', (m) => m.map_key_incident()],
  ['key-mine', (m) => m.map_key_label_mine(), (m) => m.map_key_mine()],
];

export function crisisKey(): HTMLElement {
  return el('details', { class: 'help crisis-key', 'data-testid': 'crisis-key' },
    el('summary', {}, t().map_key_title()),
    el('ul', {}, ...ITEMS.map(([cls, label, text]) =>
      el('li', {}, el('span', { class: `key-sample ${cls}`, 'aria-hidden': 'true' }), el('strong', {}, label(t())), ` — ${text(t())}`))),
    el('p', {}, t().map_key_labels()),
    el('div', { 'data-testid': 'key-off-map', hidden: true },
      el('p', {}, t().map_key_no_room()), el('ul', {})));
}

/** Lists the crisis tags that have no room on the map (none: the list goes) in the page's crisis key, if it has one. */
export function showOffMapTags(root: ParentNode, tags: readonly string[]): void {
  const box = root.querySelector<HTMLElement>('[data-testid="key-off-map"]');
  const summary = box?.closest('details')?.querySelector('summary');
  if (!box || !summary) return;
  box.hidden = tags.length === 0;
  box.querySelector('ul')!.replaceChildren(...tags.map((t) => el('li', {}, t)));
  summary.textContent = tags.length ? t().map_key_title_listed({ count: tags.length }) : t().map_key_title();
}
