// The small "Animation" select floating over the map's top-right corner.
import { type AnimSetting, type AnimSpeed, ANIM_SPEEDS } from '../presenter/animSetting';
import { el } from './dom';
import './mapControls.css';

const LABELS: Readonly<Record<AnimSpeed, string>> = { off: 'Off', 1: '1×', 2: '2×', 4: '4×' };

export function mountAnimControls(parent: HTMLElement, setting: AnimSetting): HTMLElement {
  const select = el('select', { id: 'anim-speed', 'data-testid': 'anim-speed' },
    ...ANIM_SPEEDS.map((s) => el('option', { value: s }, LABELS[s])));
  select.value = setting.speed;
  select.addEventListener('change', () => setting.set(select.value as AnimSpeed));
  setting.onChange((s) => { select.value = s; });
  const root = el('div', { class: 'anim-controls' },
    el('label', { for: 'anim-speed' }, 'Animation'), select,
    el('span', { class: 'anim-hint' }, 'Space/Esc skips'));
  parent.append(root);
  return root;
}
