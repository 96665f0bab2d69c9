// The key to the crisis shapes on the map. Each sample repeats the map's line pattern (dashed, dotted,
// solid, hatched, double) next to the label text the map prints, so the key works without colour.
import { el } from './dom';

const ITEMS: readonly [cls: string, label: string, text: string][] = [
  ['key-notice', 'NOTICE', 'Dashed white outline: an area where a strike or ground operation was notified, this turn or next.'],
  ['key-line', 'AGREED LINE', 'Hatched purple: the agreed deconfliction line (the river, both banks traced, or a strip of hexes). Dashed purple: a line proposed and awaiting an answer.'],
  ['key-shared', 'SHARED POSITIONS', 'Dotted light blue outline: positions one side has shared with the other.'],
  ['key-hold', 'HOLD FIRE', 'Solid green outline: no fire into the area by the side bound to it.'],
  ['key-withdrawal', 'WITHDRAWAL', 'Hatched orange: the side bound to it must leave the area and stay out.'],
  ['key-warning', 'WARNING', 'Double red outline: the other side must keep out of the area.'],
  ['key-incident', 'I3', 'Yellow diamond with "!" and the incident ids: where incidents happened.'],
  ['key-mine', 'MINEFIELD', 'Small red triangle with a cross, low in a hex: an IS minefield that went off (spent). Live fields are hidden.'],
];

export function crisisKey(): HTMLElement {
  return el('details', { class: 'help crisis-key', 'data-testid': 'crisis-key' },
    el('summary', {}, 'Crisis map key'),
    el('ul', {}, ...ITEMS.map(([cls, label, text]) =>
      el('li', {}, el('span', { class: `key-sample ${cls}`, 'aria-hidden': 'true' }), el('strong', {}, label), ` — ${text}`))),
    el('p', {}, 'Labels on the map name each shape, who it binds ("you", CO or RU) and the last turn it holds (T5).'),
    el('div', { 'data-testid': 'key-off-map', hidden: true },
      el('p', {}, 'No room on the map at this zoom for these labels:'), el('ul', {})));
}

/** Lists the crisis tags that have no room on the map (none: the list goes) in the page's crisis key, if it has one. */
export function showOffMapTags(root: ParentNode, tags: readonly string[]): void {
  const box = root.querySelector<HTMLElement>('[data-testid="key-off-map"]');
  const summary = box?.closest('details')?.querySelector('summary');
  if (!box || !summary) return;
  box.hidden = tags.length === 0;
  box.querySelector('ul')!.replaceChildren(...tags.map((t) => el('li', {}, t)));
  summary.textContent = tags.length ? `Crisis map key (${tags.length} ${tags.length === 1 ? 'label' : 'labels'} listed here)` : 'Crisis map key';
}
