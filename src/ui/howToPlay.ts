// The "How to play" dialog of the start menu (and the HUD): the rules a new player needs, short.
import { el } from './dom';
import { closeButton, openModal } from './modal';
import { type Messages, t } from '../i18n/messages';

const STEPS: readonly ((m: Messages) => string)[] = [
  (m) => m.howto_step_1(), (m) => m.howto_step_2(), (m) => m.howto_step_3(), (m) => m.howto_step_4(), (m) => m.howto_step_5(),
  (m) => m.howto_step_6(), (m) => m.howto_step_7(), (m) => m.howto_step_8(), (m) => m.howto_step_9(), (m) => m.howto_step_10(),
];

/** Each key's name (letters and key caps stay as printed on the keyboard) and what it does. */
const KEYS: readonly [(m: Messages) => string, (m: Messages) => string][] = [
  [() => 'Tab', (m) => m.howto_key_tab()],
  [(m) => m.howto_key_arrows_name(), (m) => m.howto_key_arrows()],
  [(m) => m.howto_key_enter_name(), (m) => m.howto_key_enter()],
  [(m) => m.howto_key_pan_name(), (m) => m.howto_key_pan()],
  [(m) => m.howto_key_zoom_name(), (m) => m.howto_key_zoom()],
  [() => 'N', (m) => m.howto_key_next()],
  [() => 'M', (m) => m.howto_key_minimap()],
  [() => 'T', (m) => m.howto_key_threats()],
  [() => 'Esc', (m) => m.howto_key_esc()],
];

export function showHowToPlay(): HTMLDialogElement {
  const m = t();
  return openModal({ id: 'how-to-play', title: m.howto_title(), className: 'how-card' },
    el('ol', { class: 'steps' }, ...STEPS.map((s) => el('li', {}, s(m)))),
    el('h3', {}, m.howto_keys()),
    el('dl', { class: 'keys' }, ...KEYS.flatMap(([k, v]) => [el('dt', {}, el('kbd', {}, k(m))), el('dd', {}, v(m))])),
    el('div', { class: 'buttons' }, closeButton(m.howto_close(), { class: 'primary', 'data-testid': 'how-close' })),
  );
}
