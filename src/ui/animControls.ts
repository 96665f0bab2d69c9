// The small "Animation" select floating over the map's top-right corner.
import { type AnimSetting, type AnimSpeed, ANIM_SPEEDS } from '../presenter/animSetting';
import { el } from './dom';
import { t } from '../i18n/messages';
import './mapControls.css';

const label = (s: AnimSpeed): string => (s === 'off' ? t().map_animation_off() : `${s}×`);

export function mountAnimControls(parent: HTMLElement, setting: AnimSetting): HTMLElement {
  const select = el('select', { id: 'anim-speed', 'data-testid': 'anim-speed' },
    ...ANIM_SPEEDS.map((s) => el('option', { value: s }, label(s))));
  select.value = setting.speed;
  select.addEventListener('change', () => setting.set(select.value as AnimSpeed));
  setting.onChange((s) => { select.value = s; });
  const root = el('div', { class: 'anim-controls' },
    el('label', { for: 'anim-speed' }, t().map_animation()), select,
    el('span', { class: 'anim-hint' }, t().map_animation_hint()));
  parent.append(root);
  return root;
}
